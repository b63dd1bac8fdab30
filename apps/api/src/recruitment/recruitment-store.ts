import type { TenantTx } from '../database/tenant-transaction';
import { InviteEntity } from './invite.entity';

export interface RecruitRow {
  memberId: string;
  joinedAt: Date;
  tookPart: boolean;
  bonusPaid: bigint;
}

/** The recruitment capability's SQL: invite codes, who joined with whose, and whether they took part. */
export const RecruitmentStore = {
  async insertInvite(tx: TenantTx, invite: { code: string; inviterId: string; expiresAt: Date; maxUses: number }): Promise<InviteEntity> {
    const repository = tx.manager.getRepository(InviteEntity);
    const inserted = await repository.insert({ tenantId: tx.tenantId, ...invite });
    return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
  },

  /**
   * Locks the invite with this code and says whether it still admits at `now`: a second sign-up
   * with the code waits for the lock and then reads the uses this one counted (undefined: no such code).
   */
  async lockInvite(tx: TenantTx, code: string, now: Date): Promise<{ inviterId: string; expired: boolean; usedUp: boolean } | undefined> {
    const row = await tx.one<{ inviter_id: string; expired: boolean; used_up: boolean }>(
      `SELECT inviter_id, expires_at <= $3 AS expired, uses >= max_uses AS used_up
         FROM invites WHERE tenant_id = $1 AND code = $2 FOR UPDATE`,
      [tx.tenantId, code, now],
    );
    return row && { inviterId: row.inviter_id, expired: row.expired, usedUp: row.used_up };
  },

  async countInviteUse(tx: TenantTx, code: string): Promise<void> {
    await tx.query(`UPDATE invites SET uses = uses + 1 WHERE tenant_id = $1 AND code = $2`, [tx.tenantId, code]);
  },

  async insertRecruit(tx: TenantTx, memberId: string, inviterId: string): Promise<void> {
    await tx.query(`INSERT INTO recruits (tenant_id, member_id, inviter_id) VALUES ($1, $2, $3)`, [tx.tenantId, memberId, inviterId]);
  },

  /**
   * Marks the recruit as having taken part, once: returns the inviter the first time, nothing for a
   * member who is no recruit or already took part. The UPDATE's row lock makes a concurrent second
   * event find it taken.
   */
  async markTookPart(tx: TenantTx, memberId: string): Promise<{ inviterId: string } | undefined> {
    const first = await tx.one<{ inviter_id: string }>(
      `WITH first AS (
         UPDATE recruits SET took_part_at = now()
          WHERE tenant_id = $1 AND member_id = $2 AND took_part_at IS NULL RETURNING inviter_id
       ) SELECT inviter_id FROM first`,
      [tx.tenantId, memberId],
    );
    return first ? { inviterId: first.inviter_id } : undefined;
  },

  async recordBonusPaid(tx: TenantTx, memberId: string, bonus: bigint): Promise<void> {
    await tx.query(`UPDATE recruits SET bonus_paid = $3 WHERE tenant_id = $1 AND member_id = $2`, [
      tx.tenantId,
      memberId,
      bonus.toString(),
    ]);
  },

  /** The inviter's recruits, newest first. */
  async recruitsOf(tx: TenantTx, inviterId: string): Promise<RecruitRow[]> {
    const rows = await tx.query<{ member_id: string; joined_at: Date; took_part_at: Date | null; bonus_paid: string }>(
      `SELECT member_id, joined_at, took_part_at, bonus_paid FROM recruits
        WHERE tenant_id = $1 AND inviter_id = $2 ORDER BY joined_at DESC, member_id`,
      [tx.tenantId, inviterId],
    );
    return rows.map((row) => ({
      memberId: row.member_id,
      joinedAt: row.joined_at,
      tookPart: row.took_part_at !== null,
      bonusPaid: BigInt(row.bonus_paid),
    }));
  },
};
