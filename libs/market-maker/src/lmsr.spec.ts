import { costFunction, logAddExp, markToMarket, priceYes, subsidyFor } from './lmsr';
import { buyCost, quoteBuyShares, quoteBuySpend, quoteSell, QuoteError } from './trade-quote';

// b = 100.00 (10,000 hundredths); every expected value below is worked from the formulas by hand:
// C(q) = b·ln(e^(qYes/b) + e^(qNo/b)), price = e^(qYes/b) / (e^(qYes/b) + e^(qNo/b)).
const fresh = { liquidity: 10_000n, sharesYes: 0n, sharesNo: 0n };

describe('the LMSR market maker', () => {
  it('prices a fresh market at one half and costs b·ln 2', () => {
    expect(priceYes(fresh)).toBe(0.5);
    expect(costFunction(fresh)).toBeCloseTo(10_000 * Math.LN2, 9);
  });

  it('needs a subsidy of b·ln 2 rounded up: 6931.47… hundredths becomes 69.32', () => {
    expect(subsidyFor(10_000n)).toBe(6932n);
    expect(subsidyFor(100n)).toBe(70n);
  });

  it('charges b·ln((e + 1)/2) = 62.0114… for 100 YES shares, rounded up to 62.02', () => {
    const quote = quoteBuyShares(fresh, 'YES', 10_000n);
    expect(quote.cost).toBe(6202n);
    expect(quote.shares).toBe(10_000n);
    expect(quote.priceYesAfter).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(quote.after).toEqual({ liquidity: 10_000n, sharesYes: 10_000n, sharesNo: 0n });
  });

  it('pays C(100, 0) − C(50, 0) = 33.9184… for selling 50 of them, rounded down to 33.91', () => {
    const quote = quoteSell({ ...fresh, sharesYes: 10_000n }, 'YES', 5_000n);
    expect(quote.cost).toBe(-3391n);
    expect(quote.shares).toBe(-5_000n);
    expect(quote.after.sharesYes).toBe(5_000n);
  });

  it('charges C(100, 25) − C(100, 0) = 7.3609… for 25 NO shares, rounded up to 7.37', () => {
    expect(buyCost({ ...fresh, sharesYes: 10_000n }, 'NO', 2_500n)).toBe(737n);
  });

  it('buys the most shares a spend affords: 50.00 buys 83.17 YES shares, 83.18 would cost 50.01', () => {
    const quote = quoteBuySpend(fresh, 'YES', 5_000n);
    expect(quote.shares).toBe(8_317n);
    expect(quote.cost).toBe(5_000n);
    expect(buyCost(fresh, 'YES', 8_318n)).toBe(5_001n);
  });

  it('is symmetric between YES and NO', () => {
    expect(buyCost(fresh, 'NO', 10_000n)).toBe(buyCost(fresh, 'YES', 10_000n));
    expect(priceYes({ ...fresh, sharesNo: 10_000n })).toBeCloseTo(1 / (Math.E + 1), 12);
  });

  it('stays finite and strictly inside (0, 1) for lopsided markets', () => {
    const lopsided = { liquidity: 100n, sharesYes: 10_000_000n, sharesNo: 0n };
    expect(Number.isFinite(costFunction(lopsided))).toBe(true);
    expect(priceYes(lopsided)).toBeLessThan(1);
    expect(priceYes({ ...lopsided, sharesYes: 0n, sharesNo: 10_000_000n })).toBeGreaterThan(0);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 9);
  });

  it('refuses empty trades and spends too small for one hundredth of a share', () => {
    expect(() => quoteBuyShares(fresh, 'YES', 0n)).toThrow(QuoteError);
    expect(() => quoteBuySpend(fresh, 'YES', -1n)).toThrow(QuoteError);
    expect(() => quoteSell(fresh, 'YES', 1n)).toThrow(QuoteError);
    expect(quoteBuySpend(fresh, 'YES', 1n).shares).toBe(1n);
  });

  it('refuses a sell whose proceeds round down to 0.00: 0.01 YES shares at about 0.50 pay 0.005', () => {
    const held = { ...fresh, sharesYes: 100n };
    expect(() => quoteSell(held, 'YES', 1n)).toThrow(/would pay nothing/);
    expect(quoteSell(held, 'YES', 2n).cost).toBe(-1n);
  });

  it('marks positions down to the hundredth', () => {
    expect(markToMarket(10_000n, 0.73105)).toBe(7310n);
    expect(markToMarket(3n, 0.5)).toBe(1n);
  });
});
