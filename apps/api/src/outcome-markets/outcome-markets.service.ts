import { Injectable, type OnModuleInit } from '@nestjs/common';
import { describeAmount } from '@idea-exchange/money';
import { outcomeQuestionText, outcomeResolutionText, type Language, type OutcomeResolution } from '@idea-exchange/wording';
import type { Outcome } from '@idea-exchange/market-maker';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { FollowsService } from '../ideas/following/follows.service';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { ImpactService } from '../impact/impact.service';
import { LedgerService } from '../ledger/ledger.service';
import type { MarketRow } from '../market/market-store';
import { MarketService } from '../market/market.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TeamsService } from '../teams/teams.service';
import { TenantsService } from '../tenants/tenants.service';
import type { OutcomeMarketInput } from './outcome-market.inputs';
import { OutcomeMarketStore, type OutcomeTerms } from './outcome-market-store';
import { ClosingDateOutOfRange, NotImplementedYet, TargetAlreadyReached, TeamMayNotOpen } from './outcome-markets.errors';
import { notice } from '../notifications/notification-text';

const TEN_YEARS_MS = 10 * 366 * 24 * 60 * 60 * 1000;

/** "Will realised savings reach 50,000.00 Peas by 31 March 2027?", in the reader's language. */
export function outcomeQuestion(target: bigint, currencyName: string, closesAt: Date, language: Language = 'en'): string {
  return outcomeQuestionText(language, describeAmount(target, currencyName), closesAt);
}

/**
 * Markets beyond the decision: on an implemented idea the board opens "Will realised savings
 * reach X by D?", and the market resolves by that rule alone: YES in the transaction of the
 * impact record that reaches the target, NO once the closing date passes (OutcomeMarketClosingJob).
 * Opening, trading and settling are those of any market (MarketService, TradingService).
 */
@Injectable()
export class OutcomeMarketsService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly markets: MarketService,
    private readonly teams: TeamsService,
    private readonly follows: FollowsService,
    private readonly tenants: TenantsService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditLogService,
    private readonly impact: ImpactService,
  ) {}

  onModuleInit(): void {
    this.impact.onRecorded((tx, idea) => this.impactRecorded(tx, idea));
  }

  async open(actor: MemberActor, input: OutcomeMarketInput): Promise<MarketRow> {
    const closesIn = input.closesAt.getTime() - Date.now();
    if (!(closesIn > 0 && closesIn <= TEN_YEARS_MS)) throw new ClosingDateOutOfRange();
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, input.ideaId);
      if (idea.stage !== 'IMPLEMENTED') throw new NotImplementedYet();
      const team = await this.teams.team(tx, idea);
      if (team.memberIds.includes(actor.memberId)) throw new TeamMayNotOpen();
      const tenant = await this.tenants.inTx(tx);
      const realised = await this.impact.realisedSavings(tx, idea.id);
      if (realised >= input.target) throw new TargetAlreadyReached(describeAmount(realised, tenant.currencyName));

      const market = await this.markets.openOutcome(tx, idea, input.closesAt);
      const question = outcomeQuestion(input.target, tenant.currencyName, input.closesAt);
      await OutcomeMarketStore.insert(tx, {
        marketId: market.id,
        ideaId: idea.id,
        target: input.target,
        closesAt: input.closesAt,
        question,
        openedBy: actor.memberId,
      });
      await this.audit.append(tx, {
        actorId: actor.memberId,
        action: 'OPEN_OUTCOME_MARKET',
        kind: 'MARKET',
        targetId: market.id,
        reason: question,
      });
      const told = new Set([...team.memberIds, ...(await this.follows.followersOf(tx, idea.id))]);
      for (const memberId of told) {
        await this.notifications.notify(tx, {
          memberId,
          actorId: actor.memberId,
          ideaId: idea.id,
          content: notice.outcomeMarketOpened(idea.title, {
            question,
            target: describeAmount(input.target, tenant.currencyName),
            closesAt: input.closesAt.toISOString(),
          }),
        });
      }
      return market;
    });
  }

  /**
   * Called in the transaction of every impact record (ImpactService.onRecorded; the idea's row
   * locked): each open outcome market whose target the recorded savings now reach resolves YES at once.
   */
  async impactRecorded(tx: TenantTx, idea: IdeaEntity): Promise<void> {
    const realised = await this.impact.realisedSavings(tx, idea.id);
    const reached = await OutcomeMarketStore.reachedBy(tx, idea.id, realised);
    // Locked while still trading: one the closing job settled meanwhile drops out, not settled twice.
    for (const marketId of await this.markets.lockTrading(tx, reached)) {
      await this.resolve(tx, idea, marketId, 'YES', 'TARGET_REACHED');
    }
  }

  /** Resolves NO, in one tenant, the open outcome markets whose closing date has passed; returns how many. */
  async closeDueIn(tenantId: string, now: Date, batch: number): Promise<number> {
    return this.db.withTenant(tenantId, async (tx) => {
      // Only outcome markets have a closing date, so each market claimed has its terms here.
      const due = await this.markets.claimPastClosing(tx, now, batch);
      if (due.length === 0) return 0;
      for (const terms of await OutcomeMarketStore.termsOf(tx, due)) {
        // Read, not locked: the market's lock is enough, and locking the idea after it would
        // invert the order in which an impact record takes them.
        const idea = await this.ideas.read(tx, terms.ideaId);
        await this.resolve(tx, idea, terms.marketId, 'NO', 'CLOSING_DATE_PASSED');
      }
      return due.length;
    });
  }

  async termsOf(tenantId: string, marketIds: readonly string[]): Promise<OutcomeTerms[]> {
    return this.db.withTenant(tenantId, (tx) => OutcomeMarketStore.termsOf(tx, marketIds));
  }

  /**
   * Each market's question in the reader's language, from its terms (the question stored is the
   * English one), keyed by market id; markets that are not outcome markets are left out.
   */
  async questionsIn(tenantId: string, language: Language, marketIds: readonly string[]): Promise<Map<string, string>> {
    if (marketIds.length === 0) return new Map();
    return this.db.withTenant(tenantId, async (tx) => {
      const terms = await OutcomeMarketStore.termsOf(tx, marketIds);
      const { currencyName } = await this.tenants.inTx(tx);
      return new Map(terms.map((term) => [term.marketId, outcomeQuestion(term.target, currencyName, term.closesAt, language)]));
    });
  }

  private async resolve(tx: TenantTx, idea: IdeaEntity, marketId: string, outcome: Outcome, why: OutcomeResolution): Promise<void> {
    const holders = await this.ledger.positions(tx, { marketId });
    const [terms] = await OutcomeMarketStore.termsOf(tx, [marketId]);
    const { currencyName } = await this.tenants.inTx(tx);
    await this.markets.resolveMarket(tx, marketId, outcome);
    await this.audit.append(tx, {
      actorId: null,
      action: 'RESOLVE_OUTCOME_MARKET',
      kind: 'MARKET',
      targetId: marketId,
      // Kept in English, the audit log's own language; the log's readers get it in theirs (AuditLogResolver).
      reason: outcomeResolutionText('en', why, outcome),
    });
    for (const memberId of new Set(holders.map((holder) => holder.memberId))) {
      await this.notifications.notify(tx, {
        memberId,
        actorId: null,
        ideaId: idea.id,
        content: notice.outcomeMarketResolved(
          { question: terms.question, target: describeAmount(terms.target, currencyName), closesAt: terms.closesAt.toISOString() },
          idea.title,
          outcome,
        ),
      });
    }
  }
}
