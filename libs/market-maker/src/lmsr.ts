/**
 * Hanson's logarithmic market scoring rule for a binary market, in hundredths.
 *
 * Share quantities and the liquidity b are integer hundredths (bigint) at the edges; the maths
 * runs in floats here and only here. C(q) = b·ln(e^(qYes/b) + e^(qNo/b)) is homogeneous of
 * degree one, so with b and q in hundredths the cost comes out in hundredths of currency.
 */
export type Outcome = 'YES' | 'NO';

export interface MarketState {
  /** Liquidity b, in hundredths. */
  liquidity: bigint;
  /** Outstanding YES shares, in hundredths. */
  sharesYes: bigint;
  /** Outstanding NO shares, in hundredths. */
  sharesNo: bigint;
}

/** ln(e^a + e^b) without overflow. */
export function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b);
  if (high === -Infinity) return -Infinity;
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}

/** The cost function C(q), in hundredths (a float: compare differences, never store it). */
export function costFunction(state: MarketState): number {
  const b = Number(state.liquidity);
  return b * logAddExp(Number(state.sharesYes) / b, Number(state.sharesNo) / b);
}

/** ln of the price of each outcome; stable for any spread of the quantities. */
export function logPrices(state: MarketState): { yes: number; no: number } {
  const b = Number(state.liquidity);
  const x = Number(state.sharesYes) / b;
  const y = Number(state.sharesNo) / b;
  const total = logAddExp(x, y);
  return { yes: x - total, no: y - total };
}

// A float price of exactly 0 or 1 would claim certainty the market never has.
const SMALLEST_PRICE = 1e-12;

/** The price of YES, the market's probability, strictly inside (0, 1). */
export function priceYes(state: MarketState): number {
  const p = Math.exp(logPrices(state).yes);
  return Math.min(1 - SMALLEST_PRICE, Math.max(SMALLEST_PRICE, p));
}

export function priceOf(state: MarketState, outcome: Outcome): number {
  const yes = priceYes(state);
  return outcome === 'YES' ? yes : 1 - yes;
}

/**
 * The exact-in-reals change C(q + delta on outcome) − C(q), as a float in hundredths. Computed
 * from the log price directly, b·ln(p·e^(d/b) + (1 − p)), so no large C(q) values cancel.
 */
export function costOfChange(state: MarketState, outcome: Outcome, delta: bigint): number {
  const b = Number(state.liquidity);
  const logs = logPrices(state);
  const own = outcome === 'YES' ? logs.yes : logs.no;
  const other = outcome === 'YES' ? logs.no : logs.yes;
  const x = Number(delta) / b;
  if (Math.abs(x) < 1) {
    // Small moves: log1p/expm1 keep full precision where the result is near zero.
    return b * Math.log1p(Math.exp(own) * Math.expm1(x));
  }
  return b * logAddExp(own + x, other);
}

/**
 * How far a float result may sit from the real value, in hundredths: rounding goes against the
 * trader by at least this much, so float error can never round in the trader's favour.
 */
export function floatMargin(state: MarketState, delta: bigint): number {
  const b = Number(state.liquidity);
  return 1e-7 + 1e-12 * b * (1 + Math.abs(Number(delta)) / b);
}

/** The worst-case loss of the market maker, b·ln 2, rounded up: the subsidy a new market needs. */
export function subsidyFor(liquidity: bigint): bigint {
  const exact = Number(liquidity) * Math.LN2;
  return BigInt(Math.ceil(exact + floatMargin({ liquidity, sharesYes: 0n, sharesNo: 0n }, 0n)));
}

/** A position marked at a price, rounded down (never overstate what it is worth). */
export function markToMarket(shares: bigint, price: number): bigint {
  return BigInt(Math.floor(Number(shares) * price));
}
