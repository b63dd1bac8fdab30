import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { MemberActor } from '../auth/actor';
import type { InviteEntity } from './invite.entity';
import { RecruitmentStore } from './recruitment-store';

@Injectable()
export class InvitesService {
  constructor(private readonly db: Database) {}

  /** A new invite code of the member's; it can be shared as a link and used by several colleagues. */
  async create(actor: MemberActor): Promise<InviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const code = randomBytes(12).toString('base64url');
      return RecruitmentStore.insertInvite(tx, code, actor.memberId);
    });
  }

  async findByCode(tx: TenantTx, code: string): Promise<InviteEntity | undefined> {
    return RecruitmentStore.inviteByCode(tx, code.trim());
  }
}
