import { Injectable } from '@nestjs/common';
import {
  QuoteError,
  quoteBuyShares,
  quoteBuySpend,
  quoteSell,
  type MarketState,
  type Outcome,
  type TradeQuote,
} from '@idea-exchange/market-maker';
import type { Actor, MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { Accounts } from '../ledger/ledger-accounts';
import { NotEnoughShares } from '../ledger/ledger.errors';
import { LedgerService } from '../ledger/ledger.service';
import { RecruitmentService } from '../recruitment/recruitment.service';
import { requireIdeaId } from './idea-id';
import { tradeEntry } from './market-entries';
import { MarketQueue } from './market-queue';
import { MarketStore, stateOf, type TradeRow } from './market-store';
import { tradeMarketId } from './trade-market';
import { BoardMayNotTrade, IdempotencyKeyReused, MarketClosed, MarketNotFound, SlippageExceeded, SpendOrShares } from './market.errors';
import type { BuyInput, QuoteInput, SellInput } from './market.inputs';
import { MarketService } from './market.service';

interface TradeRequest {
  ideaId: string;
  marketId?: string | null;
  outcome: Outcome;
  side: 'BUY' | 'SELL';
  idempotencyKey: string;
  /** Shares asked for (hundredths); for a buy by spend, zero. */
  shares: bigint;
  price(state: MarketState): TradeQuote;
  /** Throws SlippageExceeded when the quote is outside the trader's bound. */
  bound(quote: TradeQuote): void;
}

/** Deadlocks and serialization failures roll the whole trade back, so it is safe to run again. */
const RETRIES = 3;

function priced(price: () => TradeQuote): TradeQuote {
  try {
    return price();
  } catch (error) {
    if (error instanceof QuoteError) throw new BadUserInput(error.message);
    throw error;
  }
}

function buyPricer(input: Pick<BuyInput, 'outcome' | 'spend' | 'shares'>): (state: MarketState) => TradeQuote {
  const { spend, shares, outcome } = input;
  if ((spend == null) === (shares == null)) throw new SpendOrShares();
  return (state) => priced(() => (spend != null ? quoteBuySpend(state, outcome, spend) : quoteBuyShares(state, outcome, shares ?? 0n)));
}

function isKeyTaken(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'trades_idempotency_key';
}

/** Buying and selling shares: each trade is one transaction under the market's row lock. */
@Injectable()
export class TradingService {
  private readonly queue = new MarketQueue();

  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
    private readonly markets: MarketService,
    private readonly recruitment: RecruitmentService,
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
      price: (state) => priced(() => quoteSell(state, input.outcome, input.shares)),
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
    if (input.side === 'SELL' && (shares == null || spend != null))
      throw BadUserInput.field('shares', 'A sell quote needs a number of shares.');
    const price =
      input.side === 'SELL' ? (state: MarketState) => priced(() => quoteSell(state, input.outcome, shares ?? 0n)) : buyPricer(input);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const market = await MarketStore.byId(tx, await tradeMarketId(tx, input.ideaId, input.marketId));
      if (!market) throw new MarketNotFound();
      if (!market.open) throw new MarketClosed();
      return price(stateOf(market));
    });
  }

  private async trade(actor: MemberActor, request: TradeRequest): Promise<TradeRow> {
    requireIdeaId(request.ideaId);
    if (actor.role === 'BOARD') throw new BoardMayNotTrade();
    const marketId = await this.db.withTenant(actor.tenantId, (tx) => tradeMarketId(tx, request.ideaId, request.marketId));
    try {
      return await this.queue.run(`${actor.tenantId}:${marketId}`, () => this.inTransaction(actor, marketId, request));
    } catch (error) {
      // The same key raced in on another market, or committed while this one waited: the
      // transaction rolled back, so nothing moved; answer with the trade that won.
      if (!isKeyTaken(error)) throw error;
      const earlier = await this.db.withTenant(actor.tenantId, (tx) => MarketStore.tradeByKey(tx, actor.memberId, request.idempotencyKey));
      if (!earlier) throw error;
      return this.replay(earlier, request, marketId);
    }
  }

  /** One trade, one transaction, under the market's row lock. */
  private inTransaction(actor: MemberActor, marketId: string, request: TradeRequest): Promise<TradeRow> {
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const { market, earlier } = await MarketStore.lockForTrade(tx, marketId, actor.memberId, request.idempotencyKey);
        if (earlier) return this.replay(earlier, request, marketId);
        if (!market) throw new MarketNotFound();
        if (!market.open) throw new MarketClosed();
        if (request.side === 'SELL') await this.requireHeld(tx, market.id, actor.memberId, request);
        const quote = request.price(stateOf(market));
        request.bound(quote);
        const posted = await this.ledger.post(tx, tradeEntry(actor.memberId, market, quote));
        const trade = await MarketStore.recordTrade(tx, market, {
          memberId: actor.memberId,
          entryId: posted.entryId,
          outcome: quote.outcome,
          shares: quote.shares,
          cost: quote.cost,
          priceYesAfter: quote.priceYesAfter,
          balanceAfter: posted.balanceAfter(Accounts.wallet(actor.memberId)),
          idempotencyKey: request.idempotencyKey,
          after: quote.after,
        });
        await this.recruitment.tookPart(tx, actor.memberId);
        this.markets.announce(tx, {
          ...market,
          sharesYes: quote.after.sharesYes,
          sharesNo: quote.after.sharesNo,
          priceYes: quote.priceYesAfter,
          volume: market.volume + (quote.cost < 0n ? -quote.cost : quote.cost),
          tradeCount: market.tradeCount + 1,
        });
        return trade;
      },
      { retries: RETRIES },
    );
  }

  /**
   * A sell of more than the member holds is their mistake, told as such before any pricing. The
   * market lock is held, so the position cannot change before the ledger posts.
   */
  private async requireHeld(tx: TenantTx, marketId: string, memberId: string, request: TradeRequest): Promise<void> {
    const held = await this.ledger.balanceOf(tx, Accounts.position(marketId, memberId, request.outcome));
    if (held < request.shares) throw new NotEnoughShares(request.shares, held);
  }

  private replay(earlier: TradeRow, request: TradeRequest, marketId: string): TradeRow {
    const side = earlier.shares > 0n ? 'BUY' : 'SELL';
    if (earlier.marketId !== marketId || earlier.outcome !== request.outcome || side !== request.side) {
      throw new IdempotencyKeyReused();
    }
    return earlier;
  }
}
