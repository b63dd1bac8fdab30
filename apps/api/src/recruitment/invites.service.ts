import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { MemberActor } from '../auth/actor';
import { InviteEntity } from './invite.entity';

@Injectable()
export class InvitesService {
  constructor(private readonly db: Database) {}

  /** A new invite code of the member's; it can be shared as a link and used by several colleagues. */
  async create(actor: MemberActor): Promise<InviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const repository = tx.manager.getRepository(InviteEntity);
      const code = randomBytes(12).toString('base64url');
      const inserted = await repository.insert({ tenantId: tx.tenantId, code, inviterId: actor.memberId });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
    });
  }

  async findByCode(tx: TenantTx, code: string): Promise<InviteEntity | undefined> {
    const invite = await tx.manager.getRepository(InviteEntity).findOneBy({ tenantId: tx.tenantId, code: code.trim() });
    return invite ?? undefined;
  }
}
