import { createHash } from 'node:crypto';
import {
  QuoteError,
  quoteBuyShares,
  quoteBuySpend,
  quoteSell,
  type MarketState,
  type Outcome,
  type TradeQuote,
} from '@idea-exchange/market-maker';
import { BadUserInput } from '../common/errors/domain-error';
import { Accounts } from '../ledger/ledger-accounts';
import type { LedgerBatch, StagedEntry } from '../ledger/ledger-batch';
import { NotEnoughShares } from '../ledger/ledger.errors';
import { tradeEntry } from './market-entries';
import type { Settled } from './market-queue';
import { stateOf, type MarketRow, type TradeRow } from './market-store';
import { IdempotencyKeyReused, MarketClosed, SpendOrShares } from './market.errors';
import type { BuyInput } from './market.inputs';

/** What a trade asks for, and how to price and bound it: pure parts of the trade path, no I/O. */
export interface TradeRequest {
  ideaId: string;
  marketId?: string | null;
  outcome: Outcome;
  side: 'BUY' | 'SELL';
  idempotencyKey: string;
  /** Shares asked for (hundredths); for a buy by spend, zero. */
  shares: bigint;
  /** The most a buy by spend may cost (hundredths); absent for buys by shares and sells. */
  spend?: bigint | null;
  /** The trader's bound: maxCost of a buy, minProceeds of a sell. */
  limit?: bigint | null;
  price(state: MarketState): TradeQuote;
  /** Throws SlippageExceeded when the quote is outside the trader's bound. */
  bound(quote: TradeQuote): void;
}

function priced(price: () => TradeQuote): TradeQuote {
  try {
    return price();
  } catch (error) {
    if (error instanceof QuoteError) throw new BadUserInput(error.message);
    throw error;
  }
}

/** Prices a buy by spend or by shares (exactly one of them); a quote the maths refuses is bad input. */
export function buyPricer(input: Pick<BuyInput, 'outcome' | 'spend' | 'shares'>): (state: MarketState) => TradeQuote {
  const { spend, shares, outcome } = input;
  if ((spend == null) === (shares == null)) throw new SpendOrShares();
  return (state) => priced(() => (spend != null ? quoteBuySpend(state, outcome, spend) : quoteBuyShares(state, outcome, shares ?? 0n)));
}

/** Prices a sell of `shares`; a quote the maths refuses is bad input. */
export function sellPricer(outcome: Outcome, shares: bigint): (state: MarketState) => TradeQuote {
  return (state) => priced(() => quoteSell(state, outcome, shares));
}

/** A batch's refusal of one trade, or its result. */
export function settle(work: () => TradeRow): Settled<TradeRow> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The fingerprint of a trade's arguments, kept with the trade: a key replayed with any other
 * argument (another spend, another bound) is a different trade, which the row alone cannot tell.
 * Taken on the market the request resolved to, so naming the implementation market or leaving it
 * out is the same request.
 */
export function requestHash(marketId: string, request: TradeRequest): string {
  const amount = (value: bigint | null | undefined) => (value == null ? null : value.toString());
  const canonical = [
    'trade/1',
    marketId.toLowerCase(),
    request.side,
    request.outcome,
    amount(request.spend),
    request.spend != null ? null : request.shares.toString(),
    amount(request.limit),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/** The market as a trade leaves it. */
export function movedBy(market: MarketRow, quote: TradeQuote): MarketRow {
  return {
    ...market,
    sharesYes: quote.after.sharesYes,
    sharesNo: quote.after.sharesNo,
    priceYes: quote.priceYesAfter,
    volume: market.volume + (quote.cost < 0n ? -quote.cost : quote.cost),
    tradeCount: market.tradeCount + 1,
  };
}

/**
 * A retry gets the first trade back; the same key with different arguments is a new trade under
 * an old key, refused. A trade that kept its request's fingerprint is compared by it. One made
 * before fingerprints were kept is compared as far as its row records the request: the shares
 * of a sell or a buy by shares, and for a buy by spend, that the first trade's cost fits the spend.
 */
export function replay(earlier: TradeRow, request: TradeRequest, marketId: string, hash: string): TradeRow {
  if (earlier.requestHash != null) {
    if (earlier.requestHash !== hash) throw new IdempotencyKeyReused();
    return earlier;
  }
  const side = earlier.shares > 0n ? 'BUY' : 'SELL';
  const sameSize =
    side === 'SELL'
      ? -earlier.shares === request.shares
      : request.spend != null
        ? earlier.cost <= request.spend
        : earlier.shares === request.shares;
  if (earlier.marketId !== marketId || earlier.outcome !== request.outcome || side !== request.side || !sameSize) {
    throw new IdempotencyKeyReused();
  }
  return earlier;
}

/**
 * Prices one trade against the market as the batch has left it and stages its entry; throws
 * the trade's own refusal, leaving the batch as it was. A sell of more than the member holds
 * is their mistake, told as such before any pricing.
 */
export function priceTrade(
  ledger: LedgerBatch,
  market: MarketRow,
  memberId: string,
  request: TradeRequest,
): { quote: TradeQuote; staged: StagedEntry } {
  if (!market.open) throw new MarketClosed();
  if (request.side === 'SELL') {
    const held = ledger.balanceOf(Accounts.position(market.id, memberId, request.outcome));
    if (held < request.shares) throw new NotEnoughShares(request.shares, held);
  }
  const quote = request.price(stateOf(market));
  request.bound(quote);
  return { quote, staged: ledger.stage(tradeEntry(memberId, market, quote)) };
}
