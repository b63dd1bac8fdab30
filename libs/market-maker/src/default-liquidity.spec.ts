import fc from 'fast-check';
import { defaultLiquidity, MAX_DEFAULT_LIQUIDITY, MIN_DEFAULT_LIQUIDITY } from './default-liquidity';
import { priceYes, type MarketState } from './lmsr';
import { quoteBuySpend } from './trade-quote';

// The instances we support: grants from 1.00 to the settings' ceiling, crowds of one to a franchise of 20,000.
const startingGrant = fc.bigInt({ min: 100n, max: 100_000_000_00n });
const members = fc.integer({ min: 1, max: 20_000 });

const fresh = (liquidity: bigint): MarketState => ({ liquidity, sharesYes: 0n, sharesNo: 0n });

describe('defaultLiquidity', () => {
  it('lets a typical stake (a tenth of the starting grant) move a fresh 50% market by at most 5 points', () => {
    fc.assert(
      fc.property(startingGrant, members, fc.constantFrom('YES' as const, 'NO' as const), (grant, crowd, outcome) => {
        const stake = grant / 10n;
        const quote = quoteBuySpend(fresh(defaultLiquidity({ startingGrant: grant, members: crowd })), outcome, stake);
        expect(Math.abs(priceYes(quote.after) - 0.5)).toBeLessThanOrEqual(0.05);
      }),
    );
  });

  it('deepens as the crowd grows and as the grant grows, within its bounds, in whole units', () => {
    fc.assert(
      fc.property(startingGrant, members, members, (grant, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const small = defaultLiquidity({ startingGrant: grant, members: fewer });
        expect(defaultLiquidity({ startingGrant: grant, members: more })).toBeGreaterThanOrEqual(small);
        expect(defaultLiquidity({ startingGrant: grant * 2n, members: fewer })).toBeGreaterThanOrEqual(small);
        expect(small).toBeGreaterThanOrEqual(MIN_DEFAULT_LIQUIDITY);
        expect(small).toBeLessThanOrEqual(MAX_DEFAULT_LIQUIDITY);
        expect(small % 100n).toBe(0n);
      }),
    );
  });

  it('sizes the default instance (a grant of 1,000.00) by its crowd', () => {
    expect(defaultLiquidity({ startingGrant: 100_000n, members: 3 })).toBe(100_000n);
    expect(defaultLiquidity({ startingGrant: 100_000n, members: 100 })).toBe(500_000n);
    expect(defaultLiquidity({ startingGrant: 100_000n, members: 12_000 })).toBe(1_000_000n);
    expect(defaultLiquidity({ startingGrant: 0n, members: 50 })).toBe(MIN_DEFAULT_LIQUIDITY);
  });
});
