import fc from 'fast-check';
import { unbalancedAssets } from './postings';

describe('journal entry balance per asset', () => {
  it('accepts postings that sum to zero per asset', () => {
    expect(
      unbalancedAssets([
        { asset: 'CURRENCY', amount: -500n },
        { asset: 'CURRENCY', amount: 500n },
        { asset: 'm1:YES', amount: 120n },
        { asset: 'm1:YES', amount: -120n },
      ]),
    ).toEqual([]);
  });

  it('names each asset that does not balance, even when the grand total is zero', () => {
    expect(
      unbalancedAssets([
        { asset: 'CURRENCY', amount: -100n },
        { asset: 'm1:YES', amount: 100n },
      ]),
    ).toEqual(['CURRENCY', 'm1:YES']);
  });

  it('balances any set of transfers between accounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('CURRENCY', 'm:YES', 'm:NO'), fc.bigInt({ min: 1n, max: 10n ** 12n }))),
        (transfers) => {
          const postings = transfers.flatMap(([asset, amount]) => [
            { asset, amount },
            { asset, amount: -amount },
          ]);
          expect(unbalancedAssets(postings)).toEqual([]);
        },
      ),
    );
  });
});
