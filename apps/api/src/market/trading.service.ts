import { Injectable } from '@nestjs/common';
import type { TradeQuote } from '@idea-exchange/market-maker';
import type { Actor, MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { tradeBatchPhaseSeconds, tradeBatchSize, tradeQueueSeconds, trades as tradesCommitted } from '../common/metrics/metrics';
import { Database } from '../database/database.service';
import { isUniqueViolation } from '../database/pg-errors';
import type { TenantTx } from '../database/tenant-transaction';
import { Accounts, type AccountRef } from '../ledger/ledger-accounts';
import type { StagedEntry } from '../ledger/ledger-batch';
import { LedgerService } from '../ledger/ledger.service';
import { RecruitmentService } from '../recruitment/recruitment.service';
import { requireIdeaId } from './idea-id';
import { MarketBatches, type Settled } from './market-queue';
import { MarketStore, stateOf, type MarketRow, type TradeRow } from './market-store';
import { HiddenIdeaMayNotTrade, MarketClosed, MarketNotFound, SlippageExceeded } from './market.errors';
import type { BuyInput, QuoteInput, SellInput } from './market.inputs';
import { MarketService } from './market.service';
import { TradeAccess } from './trade-access';
import { tradeMarket, tradeMarkets } from './trade-market';
import { buyPricer, movedBy, priceTrade, replay, requestHash, sellPricer, settle, type TradeRequest } from './trade-request';

/** Deadlocks and serialization failures roll the whole trade back, so it is safe to run again. */
const RETRIES = 3;

/** The most trades one market's transaction takes; more wait for the next. */
const MAX_BATCH = 64;
/** Markets never change idea, so their ids are remembered; bounded, keyed by tenant and idea. */
const MARKET_IDS_LIMIT = 50_000;

interface TradeJob {
  actor: MemberActor;
  request: TradeRequest;
  /** The idea's implementation market when already known; otherwise the batch resolves it. */
  knownMarketId?: string;
}

/** A job whose market the batch has resolved. */
interface ResolvedJob extends TradeJob {
  marketId: string;
  requestHash: string;
}

/** The answer to a retried key: the first trade, if the job asks for the same. */
function replayTo(earlier: TradeRow, job: ResolvedJob): TradeRow {
  return replay(earlier, job.request, job.marketId, job.requestHash);
}

/** A trade the batch has priced and staged, to be written with the others. */
interface Landed {
  index: number;
  memberId: string;
  request: TradeRequest;
  requestHash: string;
  quote: TradeQuote;
  staged: StagedEntry;
  marketBefore: MarketRow;
  marketAfter: MarketRow;
}

/**
 * Buying and selling shares. Input checks, who may trade and which market come first, per
 * request; then the trade, keyed on its market, joins its instance's batch (`MarketBatches`): one
 * transaction per batch takes each of its markets' row locks once, prices the trades one after
 * another, and writes them all together. Trades of one instance's markets share the batch, so
 * a burst spread over many markets is committed together as a burst on one market is.
 */
@Injectable()
export class TradingService {
  private readonly batches = new MarketBatches<TradeJob, TradeRow>((_tenant, jobs) => this.runBatch(jobs), MAX_BATCH, observeBatch);
  private readonly marketIds = new Map<string, string>();

  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
    private readonly markets: MarketService,
    private readonly recruitment: RecruitmentService,
    private readonly access: TradeAccess,
  ) {}

  async buy(actor: MemberActor, input: BuyInput): Promise<TradeRow> {
    const price = buyPricer(input);
    return this.trade(actor, {
      ideaId: input.ideaId,
      marketId: input.marketId,
      outcome: input.outcome,
      side: 'BUY',
      idempotencyKey: input.idempotencyKey,
      shares: input.shares ?? 0n,
      spend: input.spend,
      limit: input.maxCost,
      price,
      bound: (quote) => {
        if (input.maxCost != null && quote.cost > input.maxCost) throw new SlippageExceeded('cost', quote.cost, input.maxCost);
      },
    });
  }

  async sell(actor: MemberActor, input: SellInput): Promise<TradeRow> {
    return this.trade(actor, {
      ideaId: input.ideaId,
      marketId: input.marketId,
      outcome: input.outcome,
      side: 'SELL',
      idempotencyKey: input.idempotencyKey,
      shares: input.shares,
      limit: input.minProceeds,
      price: sellPricer(input.outcome, input.shares),
      bound: (quote) => {
        if (input.minProceeds != null && -quote.cost < input.minProceeds) {
          throw new SlippageExceeded('proceeds', -quote.cost, input.minProceeds);
        }
      },
    });
  }

  /** What a trade would do now, without trading (a sell quote is signed like a sell). */
  async quote(actor: Actor, input: QuoteInput): Promise<TradeQuote> {
    requireIdeaId(input.ideaId);
    const { shares, spend } = input;
    if (input.side === 'SELL' && (shares == null || spend != null)) throw BadUserInput.field('shares', { key: 'SELL_QUOTE_NEEDS_SHARES' });
    const price = input.side === 'SELL' ? sellPricer(input.outcome, shares ?? 0n) : buyPricer(input);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      await this.access.requireMayTrade(tx, actor, input.ideaId);
      const market = await tradeMarket(tx, input);
      if (!market.open) throw new MarketClosed();
      return price(stateOf(market));
    });
  }

  private async trade(actor: MemberActor, request: TradeRequest): Promise<TradeRow> {
    requireIdeaId(request.ideaId);
    // Hidden ideas are refused inside the batch, where the market's row is locked anyway.
    this.access.requireTrader(actor);
    // An implementation market never changes idea, so its id is remembered; any other market is resolved in the batch.
    const knownMarketId = request.marketId == null ? this.marketIds.get(`${actor.tenantId}:${request.ideaId}`) : undefined;
    return this.batches.submit(actor.tenantId, { actor, request, knownMarketId });
  }

  /**
   * The market of each job, resolved in the batch's transaction with one statement for those not
   * yet known; an implementation market found is remembered.
   */
  private async resolve(tx: TenantTx, jobs: TradeJob[]): Promise<Array<Settled<ResolvedJob>>> {
    const unknown = jobs.filter((job) => job.knownMarketId === undefined);
    const found =
      unknown.length > 0
        ? await tradeMarkets(
            tx,
            unknown.map((job) => job.request),
          )
        : [];
    let next = 0;
    return jobs.map((job): Settled<ResolvedJob> => {
      let marketId = job.knownMarketId;
      if (marketId === undefined) {
        const answer = found[next++];
        if (!answer.ok) return answer;
        marketId = answer.value.id;
        if (answer.value.kind === 'IMPLEMENTATION') this.remember(tx.tenantId, job.request.ideaId, marketId);
      }
      return { ok: true, value: { ...job, marketId, requestHash: requestHash(marketId, job.request) } };
    });
  }

  private remember(tenantId: string, ideaId: string, marketId: string): void {
    if (this.marketIds.size >= MARKET_IDS_LIMIT) this.marketIds.clear();
    this.marketIds.set(`${tenantId}:${ideaId}`, marketId);
  }

  /**
   * One market's batch in one transaction. If the transaction itself fails (not a trade's own
   * refusal, which only that trade gets), the trades run again one by one, so one trade's trouble
   * (the same idempotency key landing on another market at the same moment) fails only that one.
   */
  private async runBatch(jobs: TradeJob[]): Promise<Array<Settled<TradeRow>>> {
    try {
      const phases = new BatchPhases();
      const results = await this.db.withTenant(jobs[0].actor.tenantId, (tx) => phases.work(() => this.tradeTogether(tx, jobs)), {
        retries: RETRIES,
      });
      phases.committed();
      return results;
    } catch (error) {
      if (jobs.length === 1) return [await this.afterFailure(jobs[0], error)];
      const alone: Array<Settled<TradeRow>> = [];
      for (const job of jobs) alone.push(...(await this.runBatch([job])));
      return alone;
    }
  }

  /**
   * The same key raced in on another market, or committed while this one waited: the
   * transaction rolled back, so nothing moved; answer with the trade that won.
   */
  private async afterFailure(job: TradeJob, error: unknown): Promise<Settled<TradeRow>> {
    if (!isUniqueViolation(error, 'trades_idempotency_key')) return { ok: false, error };
    try {
      const { earlier, resolved } = await this.db.withTenant(job.actor.tenantId, async (tx) => ({
        earlier: await MarketStore.tradeByKey(tx, job.actor.memberId, job.request.idempotencyKey),
        resolved: (await this.resolve(tx, [job]))[0],
      }));
      if (!earlier || !resolved.ok) return { ok: false, error };
      return settle(() => replayTo(earlier, resolved.value));
    } catch (lookupError) {
      return { ok: false, error: lookupError };
    }
  }

  /**
   * Locks the batch's markets in id order (with the lookup of earlier trades under the batch's
   * idempotency keys), then every account the batch may touch in key order, once: markets
   * before accounts, each in one order, as every batch does, so batches of several processes
   * queue rather than deadlock. Prices the trades in arrival order, each against the state of
   * its market the ones before it left, and writes the landed ones together.
   */
  private async tradeTogether(tx: TenantTx, asked: TradeJob[]): Promise<Array<Settled<TradeRow>>> {
    const results: Array<Settled<TradeRow>> = new Array(asked.length);
    const jobs: Array<ResolvedJob | undefined> = (await this.resolve(tx, asked)).map((answer, index) => {
      if (answer.ok) return answer.value;
      results[index] = answer;
      return undefined;
    });
    const ready = jobs.filter((job): job is ResolvedJob => job !== undefined);
    if (ready.length === 0) return results;
    const { markets, earlier, hidden } = await MarketStore.lockForTrades(
      tx,
      [...new Set(ready.map((job) => job.marketId))],
      ready.map(({ actor, request }) => ({ memberId: actor.memberId, key: request.idempotencyKey })),
    );
    const ledger = await this.ledger.batch(tx, this.accountsOf(ready));

    const landed: Landed[] = [];
    const landedByKey = new Map<string, number>();
    const sameBatchRetries: Array<{ index: number; of: number }> = [];
    for (const [index, job] of jobs.entries()) {
      if (!job) continue;
      const { actor, marketId, request } = job;
      const key = `${actor.memberId}:${request.idempotencyKey}`;
      const of = landedByKey.get(key);
      if (of !== undefined) {
        sameBatchRetries.push({ index, of });
        continue;
      }
      const prior = earlier.get(key);
      if (prior) {
        results[index] = settle(() => replayTo(prior, job));
        continue;
      }
      try {
        const market = markets.get(marketId);
        if (!market) throw new MarketNotFound();
        // A member cannot see a hidden idea, so its market is as missing as an unknown one; a moderator is told why.
        if (hidden.has(marketId)) throw actor.role === 'MODERATOR' ? new HiddenIdeaMayNotTrade() : new MarketNotFound();
        const { quote, staged } = priceTrade(ledger, market, actor.memberId, request);
        const after = movedBy(market, quote);
        markets.set(marketId, after);
        landedByKey.set(key, landed.length);
        landed.push({
          index,
          memberId: actor.memberId,
          request,
          requestHash: job.requestHash,
          quote,
          staged,
          marketBefore: market,
          marketAfter: after,
        });
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }

    const entryIds = await ledger.write();
    const movedIds = new Set(landed.map((trade) => trade.marketBefore.id));
    const trades = await MarketStore.recordTrades(
      tx,
      landed.map((trade, n) => ({
        market: trade.marketBefore,
        memberId: trade.memberId,
        entryId: entryIds[n],
        outcome: trade.quote.outcome,
        shares: trade.quote.shares,
        cost: trade.quote.cost,
        priceYesAfter: trade.quote.priceYesAfter,
        balanceAfter: trade.staged.balanceAfter(Accounts.wallet(trade.memberId)),
        idempotencyKey: trade.request.idempotencyKey,
        requestHash: trade.requestHash,
      })),
      [...markets.values()].filter((market) => movedIds.has(market.id)),
    );
    landed.forEach((trade, n) => (results[trade.index] = { ok: true, value: trades[n] }));
    tx.afterCommit(() => landed.forEach((trade) => tradesCommitted.inc({ side: trade.request.side })));
    for (const { index, of } of sameBatchRetries) results[index] = settle(() => replayTo(trades[of], jobs[index] as ResolvedJob));
    for (const memberId of new Set(landed.map((trade) => trade.memberId))) await this.recruitment.tookPart(tx, memberId);
    // One commit makes the batch visible at once, so each market's state after its last trade is what subscribers see.
    const finalStates = new Map(landed.map((trade) => [trade.marketAfter.id, trade.marketAfter]));
    await this.markets.announceAll(tx, [...finalStates.values()]);
    return results;
  }

  /** The accounts any of the batch's trades may move: each market's own, and each trader's wallet and position. */
  private accountsOf(jobs: ResolvedJob[]): AccountRef[] {
    const accounts: AccountRef[] = [];
    for (const marketId of new Set(jobs.map((job) => job.marketId))) {
      accounts.push(Accounts.pool(marketId), Accounts.sharesIssued(marketId, 'YES'), Accounts.sharesIssued(marketId, 'NO'));
    }
    for (const { actor, marketId, request } of jobs) {
      accounts.push(Accounts.wallet(actor.memberId), Accounts.position(marketId, actor.memberId, request.outcome));
    }
    return accounts;
  }
}

/** Per trade, its wait and its batch's run; per batch, its size (what queueing costs, and what batching buys). */
function observeBatch({ size, waitedMs, ranMs }: { size: number; waitedMs: number[]; ranMs: number }): void {
  tradeBatchSize.observe(size);
  for (const waited of waitedMs) {
    tradeQueueSeconds.observe({ stage: 'waiting' }, waited / 1000);
    tradeQueueSeconds.observe({ stage: 'batch' }, ranMs / 1000);
  }
}

/** Times one batch's transaction: its connection and BEGIN, its statements, its COMMIT (the last attempt's, after a retry). */
class BatchPhases {
  private readonly began = performance.now();
  private connected = this.began;
  private worked = this.began;

  async work<T>(statements: () => Promise<T>): Promise<T> {
    this.connected = performance.now();
    const result = await statements();
    this.worked = performance.now();
    return result;
  }

  committed(): void {
    tradeBatchPhaseSeconds.observe({ phase: 'connect' }, (this.connected - this.began) / 1000);
    tradeBatchPhaseSeconds.observe({ phase: 'work' }, (this.worked - this.connected) / 1000);
    tradeBatchPhaseSeconds.observe({ phase: 'commit' }, (performance.now() - this.worked) / 1000);
  }
}
