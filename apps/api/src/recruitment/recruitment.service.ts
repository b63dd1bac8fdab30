import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { IssuanceService } from '../ledger/issuance.service';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TenantsService } from '../tenants/tenants.service';

/** Beyond this many settled members the memo starts again (a few MB at most). */
const SETTLED_LIMIT = 100_000;

export interface RecruitRow {
  memberId: string;
  joinedAt: Date;
  tookPart: boolean;
  bonusPaid: bigint;
}

/**
 * Recruits: members who joined with someone's invite. The inviter is told when a recruit joins,
 * and is paid the recruitment bonus (within the monthly cap) and scores on the recruiters board
 * only when the recruit first takes part: posts, supports, comments or trades.
 */
@Injectable()
export class RecruitmentService {
  /**
   * Members known to have nothing left to count: not recruits, or recruits who already took
   * part. Both are for good (a member is a recruit from sign-up or never), so the busiest path,
   * a trade, skips the check once it has been made. Keyed by tenant and member; bounded.
   */
  private readonly settled = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly issuance: IssuanceService,
    private readonly notifications: NotificationsService,
    private readonly leaderboards: LeaderboardsService,
    private readonly tenants: TenantsService,
  ) {}

  /** In the sign-up transaction: records the recruit and tells the inviter. */
  async joined(tx: TenantTx, recruit: { id: string; displayName: string }, inviterId: string): Promise<void> {
    await tx.query(`INSERT INTO recruits (tenant_id, member_id, inviter_id) VALUES ($1, $2, $3)`, [tx.tenantId, recruit.id, inviterId]);
    await this.notifications.notify(tx, {
      memberId: inviterId,
      actorId: recruit.id,
      kind: 'RECRUIT_JOINED',
      message: `${recruit.displayName} joined with your invitation. You earn your recruitment bonus when they take part.`,
    });
  }

  /**
   * In the transaction of any taking-part event (idea, support, comment, trade). Only the first
   * one counts: the row lock of the UPDATE makes a concurrent second event find it taken, so the
   * bonus is paid exactly once per recruit.
   */
  async tookPart(tx: TenantTx, memberId: string): Promise<void> {
    const key = `${tx.tenantId}:${memberId}`;
    if (this.settled.has(key)) return;
    const first = await tx.one<{ inviter_id: string }>(
      `WITH first AS (
         UPDATE recruits SET took_part_at = now()
          WHERE tenant_id = $1 AND member_id = $2 AND took_part_at IS NULL RETURNING inviter_id
       ) SELECT inviter_id FROM first`,
      [tx.tenantId, memberId],
    );
    if (!first) {
      if (this.settled.size >= SETTLED_LIMIT) this.settled.clear();
      this.settled.add(key);
      return;
    }
    // Settled too once this commits; if it rolls back, the next event counts instead.
    tx.afterCommit(() => this.settled.add(key));
    const tenant = await this.tenants.inTx(tx);
    if (await this.issuance.payRecruitBonus(tx, tenant, first.inviter_id)) {
      await tx.query(`UPDATE recruits SET bonus_paid = $3 WHERE tenant_id = $1 AND member_id = $2`, [
        tx.tenantId,
        memberId,
        tenant.recruitBonus.toString(),
      ]);
    }
    await this.leaderboards.recruitTookPart(tx, first.inviter_id, memberId);
  }

  /** The member's recruits, newest first. */
  async recruitsOf(actor: MemberActor): Promise<RecruitRow[]> {
    const rows = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.query<{ member_id: string; joined_at: Date; took_part_at: Date | null; bonus_paid: string }>(
        `SELECT member_id, joined_at, took_part_at, bonus_paid FROM recruits
          WHERE tenant_id = $1 AND inviter_id = $2 ORDER BY joined_at DESC, member_id`,
        [actor.tenantId, actor.memberId],
      ),
    );
    return rows.map((row) => ({
      memberId: row.member_id,
      joinedAt: row.joined_at,
      tookPart: row.took_part_at !== null,
      bonusPaid: BigInt(row.bonus_paid),
    }));
  }
}
