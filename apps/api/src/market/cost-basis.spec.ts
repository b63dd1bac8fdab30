import { costBases, costBasisKey } from './cost-basis';

const yes = (shares: bigint, cost: bigint) => ({ marketId: 'm', outcome: 'YES' as const, shares, cost });

describe('costBases', () => {
  it('adds up what the buys cost', () => {
    expect(costBases([yes(1000n, 600n), yes(500n, 400n)]).get(costBasisKey('m', 'YES'))).toBe(1000n);
  });

  it('takes away the average cost of the shares sold, not what the sale fetched', () => {
    // 15.00 shares for 10.00, then 5.00 of them sold for 9.00: a third of the basis goes.
    const bases = costBases([yes(1500n, 1000n), yes(-500n, -900n)]);
    expect(bases.get(costBasisKey('m', 'YES'))).toBe(667n);
  });

  it('keeps outcomes and markets apart, and leaves nothing once all is sold', () => {
    const bases = costBases([yes(1000n, 500n), { marketId: 'm', outcome: 'NO', shares: 200n, cost: 150n }, yes(-1000n, -700n)]);
    expect(bases.get(costBasisKey('m', 'YES'))).toBe(0n);
    expect(bases.get(costBasisKey('m', 'NO'))).toBe(150n);
  });
});
