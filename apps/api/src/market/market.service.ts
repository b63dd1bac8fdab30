import { Inject, Injectable, Optional } from '@nestjs/common';
import { defaultLiquidity, subsidyFor, type Outcome } from '@idea-exchange/market-maker';
import type { Logger } from 'pino';
import type { Actor } from '../auth/actor';
import { LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import { isUniqueViolation } from '../database/pg-errors';
import type { TenantTx } from '../database/tenant-transaction';
import { Accounts } from '../ledger/ledger-accounts';
import { IdeasService } from '../ideas/ideas.service';
import { MembersService } from '../members/members.service';
import { LedgerAuditService } from '../ledger/ledger-audit.service';
import { LedgerService, type PositionBalance } from '../ledger/ledger.service';
import { LivePubSub, tenantTopic } from '../live/live-pubsub';
import { TenantsService } from '../tenants/tenants.service';
import { isIdeaId, requireIdeaId } from './idea-id';
import { settlementEntry, settlementPayout, subsidyEntry } from './market-entries';
import { MARKETS_FOR_AUDIT, OPEN_MARKETS, TRADES_FOR_AUDIT } from './market-ledger.sql';
import { MarketStore, type MarketCrowd, type MarketRow } from './market-store';
import { AlreadySettled, MarketAlreadyOpen, MarketNotFound, PoolShortfall } from './market.errors';
import { requirePageSize } from '../common/pagination/page-size';

const MAX_HISTORY = 5000;

function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function marketTopic(tenantId: string, ideaId: string): string {
  return tenantTopic(tenantId, 'market', ideaId);
}

/** Any one market's live topic, outcome markets included (priceChanged). */
export function priceTopic(tenantId: string, marketId: string): string {
  return tenantTopic(tenantId, 'price', marketId);
}

/** A market's life: opening with its subsidy, settlement, and what anyone may read of it. */
@Injectable()
export class MarketService {
  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
    private readonly tenants: TenantsService,
    private readonly ideas: IdeasService,
    private readonly members: MembersService,
    @Inject(LOGGER) private readonly logger: Logger,
    audit: LedgerAuditService,
    @Optional() private readonly live?: LivePubSub,
  ) {
    audit.addSource('markets', MARKETS_FOR_AUDIT);
    audit.addSource('trades', TRADES_FOR_AUDIT);
    ledger.addNameSource('openMarkets', OPEN_MARKETS);
  }

  /**
   * Opens the idea's market inside the caller's transaction (floating calls this): the market
   * starts at 0.5 with the instance's liquidity (see liquidityFor), and the subsidy b·ln 2 moves to its pool.
   */
  async open(tx: TenantTx, idea: { id: string; hidden: boolean }, liquidity?: bigint): Promise<MarketRow> {
    const b = liquidity ?? (await this.liquidityFor(tx));
    if (await MarketStore.byIdea(tx, idea.id)) throw new MarketAlreadyOpen();
    const market = await MarketStore.insert(tx, idea, b, subsidyFor(b)).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new MarketAlreadyOpen() : error;
    });
    await this.ledger.post(tx, subsidyEntry(market));
    await this.announce(tx, market);
    return market;
  }

  /**
   * Opens an outcome market on the idea inside the caller's transaction, like any market: the
   * instance's liquidity, the subsidy b·ln 2 from the treasury into its pool. It trades until
   * `closesAt`; the caller holds the idea's row lock.
   */
  async openOutcome(tx: TenantTx, idea: { id: string; hidden: boolean }, closesAt: Date): Promise<MarketRow> {
    const b = await this.liquidityFor(tx);
    const market = await MarketStore.insert(tx, idea, b, subsidyFor(b), 'OUTCOME', closesAt);
    await this.ledger.post(tx, subsidyEntry(market));
    await this.announce(tx, market);
    return market;
  }

  /**
   * The liquidity a market opens with now: the admin's figure if they set one, or else sized to
   * the instance (its starting grant and the members who can trade), so one member's typical
   * stake moves a fresh price by a few points.
   */
  async liquidityFor(tx: TenantTx): Promise<bigint> {
    const tenant = await this.tenants.inTx(tx);
    if (tenant.liquidity !== null) return tenant.liquidity;
    return defaultLiquidity({ startingGrant: tenant.startingGrant, members: await this.members.countActive(tx) });
  }

  /** liquidityFor, in a transaction of its own (for the instance's settings as admins read them). */
  async liquidityOf(tenantId: string): Promise<bigint> {
    return this.db.withTenant(tenantId, (tx) => this.liquidityFor(tx));
  }

  /** Whether any market of the idea (implementation or outcome) still trades. */
  async hasOpenMarket(tx: TenantTx, ideaId: string): Promise<boolean> {
    return MarketStore.hasOpenMarket(tx, ideaId);
  }

  /**
   * Locks the idea's market for the rest of the transaction and returns it as it stands, so a
   * decision can read its price and holders before settling: no trade can slip in between.
   */
  async lockedForSettlement(tx: TenantTx, ideaId: string): Promise<MarketRow> {
    const market = await MarketStore.byIdea(tx, requireIdeaId(ideaId), true);
    if (!market) throw new MarketNotFound();
    return market;
  }

  /**
   * Settles the idea's market: YES pays if the idea is implemented, NO if rejected. Idempotent:
   * settling again with the same outcome returns the settled market and moves nothing.
   */
  async resolve(tx: TenantTx, ideaId: string, outcome: Outcome): Promise<MarketRow> {
    const market = await MarketStore.byIdea(tx, ideaId, true);
    if (!market) throw new MarketNotFound();
    return this.settleLocked(tx, market, outcome);
  }

  /**
   * Stops (or restarts) trading in the idea's markets as moderators hide (or show) it, in the
   * caller's transaction, which holds the idea's row lock. Trades take the market's row lock and
   * read the flag under it, so a trade either lands before the hide or is refused after it.
   */
  async setIdeaHidden(tx: TenantTx, ideaId: string, hidden: boolean): Promise<void> {
    await MarketStore.setIdeaHidden(tx, ideaId, hidden);
  }

  /**
   * Locks, in id order, those of the given markets that still trade now (open, before any
   * closing date), for a caller about to settle them by a rule of its own: one settled meanwhile
   * by another transaction drops out, so none is settled twice.
   */
  async lockTrading(tx: TenantTx, marketIds: readonly string[]): Promise<string[]> {
    return marketIds.length === 0 ? [] : MarketStore.lockTrading(tx, marketIds);
  }

  /**
   * Claims up to `limit` open markets past their closing date (as of `now`) for the caller to
   * settle in this transaction: each row is locked, skipping those another transaction holds,
   * so across processes each market is claimed, and settled, once.
   */
  async claimPastClosing(tx: TenantTx, now: Date, limit: number): Promise<string[]> {
    return MarketStore.claimPastClosing(tx, now, limit);
  }

  /** Settles one market by its id (outcome markets, by their rule), the same way and as idempotently. */
  async resolveMarket(tx: TenantTx, marketId: string, outcome: Outcome): Promise<MarketRow> {
    const market = await MarketStore.byId(tx, marketId, true);
    if (!market) throw new MarketNotFound();
    return this.settleLocked(tx, market, outcome);
  }

  private async settleLocked(tx: TenantTx, market: MarketRow, outcome: Outcome): Promise<MarketRow> {
    if (!market.open) {
      if (market.resolution === outcome) return market;
      throw new AlreadySettled(market.resolution ?? '');
    }
    const holders = await this.ledger.positions(tx, { marketId: market.id });
    const pool = await this.ledger.balanceOf(tx, Accounts.pool(market.id));
    const owed = holders.filter((holder) => holder.outcome === outcome).reduce((sum, holder) => sum + holder.shares, 0n);
    if (owed > pool) {
      this.logger.error(
        {
          tenantId: tx.tenantId,
          marketId: market.id,
          pool: pool.toString(),
          owed: owed.toString(),
          invariant: 'pool pays every winning share',
        },
        'ledger invariant violation: a settlement would draw on the treasury; refused',
      );
      throw new PoolShortfall(pool, owed);
    }
    await this.ledger.post(tx, settlementEntry(market, outcome, holders, pool));
    const settled = await MarketStore.settle(tx, market.id, outcome);
    await this.announce(tx, settled);
    return settled;
  }

  /** The idea's market, if it has one and the actor may see the idea. */
  async byIdea(actor: Actor, ideaId: string): Promise<MarketRow | undefined> {
    if (!(await this.ideas.find(actor, ideaId))) return undefined;
    return this.db.withTenant(actor.tenantId, (tx) => MarketStore.byIdea(tx, ideaId));
  }

  /** Current YES prices by market id, in the caller's transaction (the traders board marks holders at them). */
  pricesOf(tx: TenantTx, marketIds: readonly string[]): Promise<Map<string, number>> {
    return MarketStore.pricesOf(tx, marketIds);
  }

  /** The markets of many ideas, in the order asked, undefined where an idea has none (for DataLoaders). */
  async byIdeas(tenantId: string, ideaIds: readonly string[]): Promise<Array<MarketRow | undefined>> {
    const valid = ideaIds.filter(isIdeaId);
    const found = valid.length ? await this.db.withTenant(tenantId, (tx) => MarketStore.byIdeas(tx, valid)) : [];
    const byIdea = new Map(found.map((market) => [market.ideaId, market]));
    return ideaIds.map((id) => byIdea.get(id));
  }

  /** The crowd of each market, in the order asked (the markets were found through their ideas' access checks). */
  async crowds(tenantId: string, marketIds: readonly string[]): Promise<MarketCrowd[]> {
    const found = await this.db.withTenant(tenantId, (tx) => MarketStore.crowds(tx, marketIds));
    const byMarket = new Map(found.map((crowd) => [crowd.marketId, crowd]));
    return marketIds.map((marketId) => byMarket.get(marketId) ?? { marketId, traders: 0, largestHolding: 0n });
  }

  /**
   * What each holder of each settled market held and was paid, in the order asked (for
   * DataLoaders; the markets were found through their ideas' access checks). Open markets have
   * paid nobody yet. Largest payouts first.
   */
  async payouts(tenantId: string, marketIds: readonly string[]): Promise<Array<Array<PositionBalance & { paid: bigint }>>> {
    const { markets, redeemed } = await this.db.withTenant(tenantId, async (tx) => ({
      markets: await MarketStore.byIds(tx, marketIds),
      redeemed: await this.ledger.redeemedPositions(tx, { marketIds }),
    }));
    const resolutionOf = new Map(markets.map((market) => [market.id, market.resolution]));
    return marketIds.map((marketId) => {
      const resolution = resolutionOf.get(marketId);
      if (!resolution) return [];
      return redeemed
        .filter((position) => position.marketId === marketId)
        .map(({ memberId, outcome, shares }) => ({
          marketId,
          memberId,
          outcome,
          shares,
          paid: settlementPayout({ outcome, shares }, resolution),
        }))
        .sort((a, b) => compareBigints(b.paid, a.paid) || compareBigints(b.shares, a.shares) || a.memberId.localeCompare(b.memberId));
    });
  }

  /** The prices of an idea's market the actor may see (a hidden idea's market is not found). */
  async priceHistory(actor: Actor, ideaId: string, first: number): Promise<Array<{ at: Date; priceYes: number }>> {
    requireIdeaId(ideaId);
    requirePageSize(first, MAX_HISTORY);
    if (!(await this.ideas.find(actor, ideaId))) throw new MarketNotFound();
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const market = await MarketStore.byIdea(tx, ideaId);
      if (!market) throw new MarketNotFound();
      return MarketStore.priceHistory(tx, market, first);
    });
  }

  /** The outcome markets of many ideas, in the order asked (for DataLoaders). */
  async outcomeMarketsOf(tenantId: string, ideaIds: readonly string[]): Promise<MarketRow[][]> {
    const valid = ideaIds.filter(isIdeaId);
    const found = valid.length ? await this.db.withTenant(tenantId, (tx) => MarketStore.outcomeMarketsOf(tx, valid)) : [];
    return ideaIds.map((id) => found.filter((market) => market.ideaId === id));
  }

  /** Any market the actor may see, by its id (its idea visible to them). */
  async byId(actor: Actor, marketId: string): Promise<MarketRow | undefined> {
    if (!isIdeaId(marketId)) return undefined;
    const market = await this.db.withTenant(actor.tenantId, (tx) => MarketStore.byId(tx, marketId));
    return market && (await this.ideas.find(actor, market.ideaId)) ? market : undefined;
  }

  /** The prices of any market the actor may see, by its id. */
  async marketHistory(actor: Actor, marketId: string, first: number): Promise<Array<{ at: Date; priceYes: number }>> {
    requirePageSize(first, MAX_HISTORY);
    const market = await this.byId(actor, marketId);
    if (!market) throw new MarketNotFound();
    return this.db.withTenant(actor.tenantId, (tx) => MarketStore.priceHistory(tx, market, first));
  }

  /** Tells live subscribers, in every process, of the market's new state once the transaction commits. */
  async announce(tx: TenantTx, market: MarketRow): Promise<void> {
    await this.announceAll(tx, [market]);
  }

  /** Tells of several markets' new states at once (a batch of trades), in one announcement. */
  async announceAll(tx: TenantTx, markets: readonly MarketRow[]): Promise<void> {
    if (!this.live) return;
    await this.live.publishMany(
      tx,
      markets.flatMap((market) => [
        { topic: priceTopic(tx.tenantId, market.id), payload: market },
        // marketUpdated(ideaId) names the idea's implementation market.
        ...(market.kind !== 'OUTCOME' ? [{ topic: marketTopic(tx.tenantId, market.ideaId), payload: market }] : []),
      ]),
    );
  }
}
