import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { IssuanceService } from '../ledger/issuance.service';
import { LedgerAuditService } from '../ledger/ledger-audit.service';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TenantsService } from '../tenants/tenants.service';
import { RECRUITS_WHO_TOOK_PART } from './recruitment-audit.sql';
import { RecruitmentStore, type RecruitRow } from './recruitment-store';
import { notice } from '../notifications/notification-text';

/** Beyond this many settled members the memo starts again (a few MB at most). */
const SETTLED_LIMIT = 100_000;

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
    audit: LedgerAuditService,
  ) {
    audit.addSource('recruitsWhoTookPart', RECRUITS_WHO_TOOK_PART);
  }

  /** In the sign-up transaction: records the recruit and tells the inviter. */
  async joined(tx: TenantTx, recruit: { id: string; displayName: string }, inviterId: string): Promise<void> {
    await RecruitmentStore.insertRecruit(tx, recruit.id, inviterId);
    await this.notifications.notify(tx, {
      memberId: inviterId,
      actorId: recruit.id,
      content: notice.recruitJoined(recruit.displayName),
    });
  }

  /**
   * In the transaction of any taking-part event (idea, support, comment, trade). Only the first
   * one counts (the store's UPDATE locks the row), so the bonus is paid exactly once per recruit.
   */
  async tookPart(tx: TenantTx, memberId: string): Promise<void> {
    const key = `${tx.tenantId}:${memberId}`;
    if (this.settled.has(key)) return;
    const first = await RecruitmentStore.markTookPart(tx, memberId);
    if (!first) {
      if (this.settled.size >= SETTLED_LIMIT) this.settled.clear();
      this.settled.add(key);
      return;
    }
    // Settled too once this commits; if it rolls back, the next event counts instead.
    tx.afterCommit(() => this.settled.add(key));
    const tenant = await this.tenants.inTx(tx);
    if (await this.issuance.payRecruitBonus(tx, tenant, first.inviterId)) {
      await RecruitmentStore.recordBonusPaid(tx, memberId, tenant.recruitBonus);
    }
    await this.leaderboards.recruitTookPart(tx, first.inviterId, memberId);
  }

  /** The member's recruits, newest first. */
  async recruitsOf(actor: MemberActor): Promise<RecruitRow[]> {
    return this.db.withTenant(actor.tenantId, (tx) => RecruitmentStore.recruitsOf(tx, actor.memberId));
  }
}
