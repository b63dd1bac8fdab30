import { costOfChange, floatMargin, logPrices, priceYes, type MarketState, type Outcome } from './lmsr';

/** What a trade would do: signed like a trade (a sell has negative shares and negative cost). */
export interface TradeQuote {
  outcome: Outcome;
  /** Shares in hundredths: positive bought, negative sold. */
  shares: bigint;
  /** Hundredths of currency: positive paid by the trader, negative received. */
  cost: bigint;
  priceYesAfter: number;
  after: MarketState;
}

export class QuoteError extends Error {}

function withShares(state: MarketState, outcome: Outcome, delta: bigint): MarketState {
  return outcome === 'YES' ? { ...state, sharesYes: state.sharesYes + delta } : { ...state, sharesNo: state.sharesNo + delta };
}

/** The price of buying `shares`, rounded up to the hundredth. */
export function buyCost(state: MarketState, outcome: Outcome, shares: bigint): bigint {
  // Round the cost up: the pool must always be able to pay every winning share.
  return BigInt(Math.ceil(costOfChange(state, outcome, shares) + floatMargin(state, shares)));
}

/** What selling `shares` pays, rounded down to the hundredth (never below zero). */
export function sellProceeds(state: MarketState, outcome: Outcome, shares: bigint): bigint {
  const raw = -costOfChange(state, outcome, -shares);
  return BigInt(Math.max(0, Math.floor(raw - floatMargin(state, shares))));
}

function quote(state: MarketState, outcome: Outcome, shares: bigint, cost: bigint): TradeQuote {
  const after = withShares(state, outcome, shares);
  return { outcome, shares, cost, priceYesAfter: priceYes(after), after };
}

/** Buying a number of shares (hundredths, at least 0.01). */
export function quoteBuyShares(state: MarketState, outcome: Outcome, shares: bigint): TradeQuote {
  if (shares <= 0n) throw new QuoteError('A buy needs a positive number of shares.');
  return quote(state, outcome, shares, buyCost(state, outcome, shares));
}

/**
 * Buying as many shares as `spend` affords: the largest number whose rounded cost is within the
 * spend, found by bisection (the cost only grows with the shares).
 */
export function quoteBuySpend(state: MarketState, outcome: Outcome, spend: bigint): TradeQuote {
  if (spend <= 0n) throw new QuoteError('A buy needs a positive amount to spend.');
  const b = Number(state.liquidity);
  const own = outcome === 'YES' ? logPrices(state).yes : logPrices(state).no;
  // cost(s) ≥ s + b·ln p, so no affordable s exceeds spend − b·ln p.
  let high = BigInt(Math.ceil(Number(spend) - b * own)) + 1n;
  let low = 0n;
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (buyCost(state, outcome, middle) <= spend) low = middle;
    else high = middle;
  }
  if (low === 0n) throw new QuoteError('That amount is too small to buy 0.01 shares.');
  return quote(state, outcome, low, buyCost(state, outcome, low));
}

/** Selling shares back to the market maker. */
export function quoteSell(state: MarketState, outcome: Outcome, shares: bigint): TradeQuote {
  if (shares <= 0n) throw new QuoteError('A sell needs a positive number of shares.');
  const outstanding = outcome === 'YES' ? state.sharesYes : state.sharesNo;
  if (shares > outstanding) throw new QuoteError('There are not that many shares outstanding to sell.');
  const proceeds = sellProceeds(state, outcome, shares);
  // A sale that pays nothing would post a zero amount; it is the seller's mistake, not a trade.
  if (proceeds === 0n)
    throw new QuoteError('Those shares would sell for less than 0.01, so the sale would pay nothing. Sell more at once.');
  return quote(state, outcome, -shares, -proceeds);
}
