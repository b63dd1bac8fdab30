import { Injectable } from '@nestjs/common';
import { walletReason } from '@idea-exchange/wording';
import type { TenantTx } from '../database/tenant-transaction';
import type { TenantEntity } from '../tenants/tenant.entity';
import { Accounts } from './ledger-accounts';
import { LedgerService } from './ledger.service';

export type RewardedStage = 'TEAMING' | 'INVESTMENT' | 'IMPLEMENTED';

type RewardSettings = Pick<TenantEntity, 'teamingReward' | 'investmentReward' | 'implementedReward'>;

const REWARD_SETTING: Record<RewardedStage, keyof RewardSettings> = {
  TEAMING: 'teamingReward',
  INVESTMENT: 'investmentReward',
  IMPLEMENTED: 'implementedReward',
};

/** Currency enters only here: from the treasury, for the reasons the design allows. */
@Injectable()
export class IssuanceService {
  constructor(private readonly ledger: LedgerService) {}

  /** The instance's starting grant, in the same transaction that creates the member. */
  async grantStartingAmount(tx: TenantTx, tenant: Pick<TenantEntity, 'startingGrant'>, memberId: string): Promise<void> {
    if (tenant.startingGrant <= 0n) return;
    await this.ledger.post(tx, {
      kind: 'STARTING_GRANT',
      reason: walletReason.startingGrant(),
      memberId,
      postings: [
        { account: Accounts.treasury(), amount: -tenant.startingGrant },
        { account: Accounts.wallet(memberId), amount: tenant.startingGrant },
      ],
    });
  }

  /**
   * The inviter's bonus when someone who joined with their code first takes part
   * (RecruitmentService.tookPart), at most the instance's monthly cap per inviter per calendar
   * month (UTC). Returns whether it was paid.
   */
  async payRecruitBonus(
    tx: TenantTx,
    tenant: Pick<TenantEntity, 'recruitBonus' | 'recruitBonusMonthlyCap'>,
    inviterId: string,
  ): Promise<boolean> {
    if (tenant.recruitBonus <= 0n || tenant.recruitBonusMonthlyCap <= 0) return false;
    // Lock the inviter's wallet (with the treasury, in the ledger's order) before counting, so
    // two invitees joining at once cannot both take the last bonus of the month.
    await this.ledger.lock(tx, [Accounts.treasury(), Accounts.wallet(inviterId)]);
    const row = await tx.one<{ paid: number }>(
      `SELECT count(*)::int AS paid FROM journal_entries
        WHERE tenant_id = $1 AND kind = 'RECRUIT_BONUS' AND member_id = $2
          AND created_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
      [tx.tenantId, inviterId],
    );
    if ((row?.paid ?? 0) >= tenant.recruitBonusMonthlyCap) return false;
    await this.ledger.post(tx, {
      kind: 'RECRUIT_BONUS',
      reason: walletReason.recruitBonus(),
      memberId: inviterId,
      postings: [
        { account: Accounts.treasury(), amount: -tenant.recruitBonus },
        { account: Accounts.wallet(inviterId), amount: tenant.recruitBonus },
      ],
    });
    return true;
  }

  /**
   * The instance's reward for an idea reaching a stage, paid to each member named (the author,
   * or the team), once per idea and stage however often it is called.
   */
  async reward(tx: TenantTx, tenant: RewardSettings, stage: RewardedStage, ideaId: string, memberIds: readonly string[]): Promise<boolean> {
    const amount = tenant[REWARD_SETTING[stage]];
    const members = [...new Set(memberIds)];
    if (amount <= 0n || members.length === 0) return false;
    await this.ledger.lock(tx, [Accounts.treasury()]);
    const reason = walletReason.stageReward(stage);
    const paid = await tx.one(
      `SELECT 1 FROM journal_entries WHERE tenant_id = $1 AND kind = 'STAGE_REWARD' AND idea_id = $2 AND reason_kind = $3`,
      [tx.tenantId, ideaId, reason.kind],
    );
    if (paid) return false;
    await this.ledger.post(tx, {
      kind: 'STAGE_REWARD',
      reason,
      ideaId,
      postings: [
        { account: Accounts.treasury(), amount: -amount * BigInt(members.length) },
        ...members.map((memberId) => ({ account: Accounts.wallet(memberId), amount })),
      ],
    });
    return true;
  }
}
