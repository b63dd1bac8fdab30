import fc from 'fast-check';
import { costFunction, priceYes, subsidyFor, type MarketState, type Outcome } from './lmsr';
import { buyCost, quoteBuyShares, quoteBuySpend, quoteSell, sellProceeds, type TradeQuote } from './trade-quote';

type Step = { kind: 'buyShares' | 'buySpend' | 'sell'; outcome: Outcome; amount: bigint };

const outcome = fc.constantFrom<Outcome>('YES', 'NO');
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('buyShares', 'buySpend', 'sell'),
  outcome,
  amount: fc.bigInt({ min: 1n, max: 5_000_000n }),
});
const liquidity = fc.bigInt({ min: 100n, max: 10_000_000n });

/** Plays trades against a market, skipping the ones it refuses (selling more than exists, or for nothing). */
function play(b: bigint, steps: Step[]): { state: MarketState; pool: bigint; quotes: TradeQuote[] } {
  let state: MarketState = { liquidity: b, sharesYes: 0n, sharesNo: 0n };
  let pool = subsidyFor(b);
  const quotes: TradeQuote[] = [];
  for (const s of steps) {
    const held = s.outcome === 'YES' ? state.sharesYes : state.sharesNo;
    let quote: TradeQuote;
    if (s.kind === 'sell') {
      const shares = s.amount > held ? held : s.amount;
      if (held === 0n || sellProceeds(state, s.outcome, shares) === 0n) continue;
      quote = quoteSell(state, s.outcome, shares);
    } else if (s.kind === 'buySpend') {
      if (buyCost(state, s.outcome, 1n) > s.amount) continue;
      quote = quoteBuySpend(state, s.outcome, s.amount);
    } else {
      quote = quoteBuyShares(state, s.outcome, s.amount);
    }
    pool += quote.cost;
    state = quote.after;
    quotes.push(quote);
  }
  return { state, pool, quotes };
}

describe('LMSR invariants', () => {
  it('can always pay every winning share: pool ≥ max(outstanding YES, outstanding NO)', () => {
    fc.assert(
      fc.property(liquidity, fc.array(step, { maxLength: 60 }), (b, steps) => {
        const { state, pool } = play(b, steps);
        expect(pool).toBeGreaterThanOrEqual(state.sharesYes);
        expect(pool).toBeGreaterThanOrEqual(state.sharesNo);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a buy followed by a sell of the same shares gain money', () => {
    fc.assert(
      fc.property(
        liquidity,
        fc.array(step, { maxLength: 20 }),
        outcome,
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        (b, steps, side, shares) => {
          const { state } = play(b, steps);
          const bought = quoteBuyShares(state, side, shares);
          if (sellProceeds(bought.after, side, shares) === 0n) {
            expect(() => quoteSell(bought.after, side, shares)).toThrow(/would pay nothing/);
            return;
          }
          const sold = quoteSell(bought.after, side, shares);
          expect(bought.cost + sold.cost).toBeGreaterThanOrEqual(0n);
          expect(sold.after).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every price strictly between 0 and 1', () => {
    fc.assert(
      fc.property(liquidity, fc.array(step, { maxLength: 40 }), (b, steps) => {
        for (const quote of play(b, steps).quotes) {
          expect(quote.priceYesAfter).toBeGreaterThan(0);
          expect(quote.priceYesAfter).toBeLessThan(1);
        }
      }),
    );
  });

  it('costs the same however a set of trades is ordered (path independence)', () => {
    fc.assert(
      fc.property(
        liquidity,
        fc.array(fc.tuple(outcome, fc.bigInt({ min: 1n, max: 2_000_000n })), { minLength: 1, maxLength: 12 }),
        (b, buys) => {
          const start: MarketState = { liquidity: b, sharesYes: 0n, sharesNo: 0n };
          const exactTotal = (order: Array<[Outcome, bigint]>) => {
            let state = start;
            let total = 0;
            for (const [side, shares] of order) {
              const next = quoteBuyShares(state, side, shares).after;
              total += costFunction(next) - costFunction(state);
              state = next;
            }
            return { total, state };
          };
          const forward = exactTotal(buys);
          const backward = exactTotal([...buys].reverse());
          expect(backward.state).toEqual(forward.state);
          expect(forward.total).toBeCloseTo(costFunction(forward.state) - costFunction(start), 3);
          expect(backward.total).toBeCloseTo(forward.total, 3);
        },
      ),
    );
  });

  it('buys by spend the most shares within the spend, and no more', () => {
    fc.assert(
      fc.property(
        liquidity,
        fc.array(step, { maxLength: 20 }),
        outcome,
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        (b, steps, side, spend) => {
          const { state } = play(b, steps);
          fc.pre(buyCost(state, side, 1n) <= spend);
          const quote = quoteBuySpend(state, side, spend);
          expect(quote.cost).toBeLessThanOrEqual(spend);
          expect(quote.cost).toBe(buyCost(state, side, quote.shares));
          expect(buyCost(state, side, quote.shares + 1n)).toBeGreaterThan(spend);
          expect(sellProceeds(quote.after, side, quote.shares)).toBeLessThanOrEqual(quote.cost);
          expect(priceYes(quote.after)).toBeGreaterThan(0);
        },
      ),
    );
  });
});
