import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { MemberActor } from '../auth/actor';
import { InviteEntity } from './invite.entity';
import { InviteExpired, InviteUsedUp, UnknownInviteCode } from './recruitment.errors';

/** How long an invite link admits people, and how many. */
export const INVITE_LIFETIME_DAYS = 14;
export const INVITE_MAX_USES = 25;

@Injectable()
export class InvitesService {
  constructor(private readonly db: Database) {}

  /** A new invite code of the member's: a link several colleagues can use, for a while. */
  async create(actor: MemberActor): Promise<InviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const repository = tx.manager.getRepository(InviteEntity);
      const code = randomBytes(12).toString('base64url');
      const expiresAt = new Date(Date.now() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        code,
        inviterId: actor.memberId,
        expiresAt,
        maxUses: INVITE_MAX_USES,
      });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
    });
  }

  /**
   * Admits one person with the code, in the sign-up transaction (a rolled-back sign-up gives the
   * use back), and returns the inviter. One statement checks and counts, so two sign-ups cannot
   * both take the last use. A suspended inviter's codes admit nobody.
   */
  async redeem(tx: TenantTx, code: string): Promise<string> {
    const trimmed = code.trim();
    const admitted = await tx.one<{ inviter_id: string }>(
      `WITH used AS (
         UPDATE invites i SET uses = uses + 1
           FROM members m
          WHERE i.tenant_id = $1 AND i.code = $2 AND m.tenant_id = i.tenant_id AND m.id = i.inviter_id
            AND NOT m.suspended AND i.expires_at > now() AND i.uses < i.max_uses
          RETURNING i.inviter_id
       ) SELECT inviter_id FROM used`,
      [tx.tenantId, trimmed],
    );
    if (admitted) return admitted.inviter_id;
    const invite = await tx.one<{ expired: boolean; used_up: boolean; suspended: boolean }>(
      `SELECT i.expires_at <= now() AS expired, i.uses >= i.max_uses AS used_up, m.suspended
         FROM invites i JOIN members m ON m.tenant_id = i.tenant_id AND m.id = i.inviter_id
        WHERE i.tenant_id = $1 AND i.code = $2`,
      [tx.tenantId, trimmed],
    );
    if (!invite || invite.suspended) throw new UnknownInviteCode();
    if (invite.expired) throw new InviteExpired();
    throw new InviteUsedUp();
  }
}
