import { parseAmount } from '@idea-exchange/money';
import { randomUUID } from 'node:crypto';
import { Given, type GivenMarket, type GivenMember, type GivenTenant } from '../testing/given';
import { audit, BUY, MARKET, SELL, type TradeResult } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Invariants 1–4 under concurrency, through the API as clients use it, spread over two API
 * replicas on one database: only the database's locks keep them apart.
 */
describe('concurrent trading', () => {
  let app: TestApp;
  let replica: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    replica = await startTestApp();
    given = new Given(app);
  });
  afterAll(async () => {
    await replica.close();
    await app.close();
  });
  const apiFor = (i: number) => (i % 2 === 0 ? app.api : replica.api);

  interface Acknowledged {
    member: GivenMember;
    trade: TradeResult;
  }

  /** A deterministic mix: mostly buys of 1.00–20.00 either way, some sells of 1.00 share. */
  function order(i: number, market: GivenMarket) {
    const outcome = i % 3 === 0 ? 'NO' : 'YES';
    if (i % 5 === 4) return { query: SELL, input: { ideaId: market.ideaId, outcome, shares: '1.00', idempotencyKey: randomUUID() } };
    return { query: BUY, input: { ideaId: market.ideaId, outcome, spend: `${1 + (i % 20)}.00`, idempotencyKey: randomUUID() } };
  }

  async function burst(members: GivenMember[], markets: GivenMarket[], count: number): Promise<Acknowledged[]> {
    const results = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const member = members[i % members.length];
        const { query, input } = order(i, markets[i % markets.length]);
        const result = await app.api.request<{ buyShares?: TradeResult; sellShares?: TradeResult }>(
          query,
          { input },
          { token: member.token },
        );
        const trade = result.data?.buyShares ?? result.data?.sellShares;
        if (!trade) {
          // Only a sell of shares not (yet) held may be refused; anything else fails the test.
          expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
          return undefined;
        }
        return { member, trade };
      }),
    );
    return results.filter((r): r is Acknowledged => r !== undefined);
  }

  async function settleAndCheck(
    instance: GivenTenant,
    members: GivenMember[],
    markets: GivenMarket[],
    acknowledged: Acknowledged[],
    issuedBeforeTrading: bigint,
  ) {
    const admin = { token: instance.admin.token };
    const before = await audit(app.api, admin);
    expect(before).toMatchObject({ balanced: true, problems: [] });
    // Trading issues nothing: money is conserved to the hundredth.
    expect(parseAmount(before.issued)).toBe(issuedBeforeTrading);

    // Outstanding shares equal what the acknowledged trades add up to.
    for (const market of markets) {
      const trades = acknowledged.filter((a) => a.trade.ideaId === market.ideaId);
      const sum = (outcome: string) =>
        trades.filter((a) => a.trade.outcome === outcome).reduce((t, a) => t + parseAmount(a.trade.shares), 0n);
      const { market: state } = await app.api.ok<{ market: { sharesYes: string; sharesNo: string; tradeCount: number } }>(
        MARKET,
        { ideaId: market.ideaId },
        admin,
      );
      expect([parseAmount(state.sharesYes), parseAmount(state.sharesNo), state.tradeCount]).toEqual([sum('YES'), sum('NO'), trades.length]);
    }

    for (const [i, market] of markets.entries()) {
      await given.settle(instance, market.ideaId, i % 2 === 0 ? 'YES' : 'NO');
    }
    const after = await audit(app.api, admin);
    expect(after).toMatchObject({ balanced: true, problems: [] });

    // Each wallet is its grant, minus what its trades cost, plus 1.00 per winning share.
    for (const member of members) {
      let expected = instance.tenant.startingGrant;
      for (const { trade } of acknowledged.filter((a) => a.member.id === member.id)) {
        expected -= parseAmount(trade.cost);
        const won = markets.findIndex((m) => m.ideaId === trade.ideaId) % 2 === 0 ? 'YES' : 'NO';
        if (trade.outcome === won) expected += parseAmount(trade.shares);
      }
      const balance = await given.walletBalance(member);
      expect(balance).toBe(expected);
      expect(balance).toBeGreaterThanOrEqual(0n);
    }
  }

  it('keeps every invariant through 200 concurrent trades from 20 members on one market, then settlement', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 20);
    const market = await given.openMarket(instance);
    const issued = parseAmount((await audit(app.api, { token: instance.admin.token })).issued);

    const acknowledged = await burst(members, [market], 200);

    expect(acknowledged.length).toBeGreaterThan(150);
    await settleAndCheck(instance, members, [market], acknowledged, issued);
  });

  it('keeps every invariant through 200 concurrent trades from 20 members across five markets, then settlement', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 20);
    const markets: GivenMarket[] = [];
    for (let i = 0; i < 5; i++) markets.push(await given.openMarket(instance));
    const issued = parseAmount((await audit(app.api, { token: instance.admin.token })).issued);

    const acknowledged = await burst(members, markets, 200);

    expect(acknowledged.length).toBeGreaterThan(150);
    await settleAndCheck(instance, members, markets, acknowledged, issued);
  });

  it('moves value once for an idempotency key retried concurrently, and answers every retry with that trade', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 20);
    const markets = [await given.openMarket(instance), await given.openMarket(instance)];

    const answers = await Promise.all(
      members.flatMap((member, m) => {
        const input = { ideaId: markets[m % 2].ideaId, outcome: 'YES', spend: '10.00', idempotencyKey: `retry-${m}` };
        return Array.from({ length: 5 }, async (_, i) => ({
          member,
          trade: (await apiFor(i).ok<{ buyShares: TradeResult }>(BUY, { input }, { token: member.token })).buyShares,
        }));
      }),
    );

    for (const member of members) {
      const mine = answers.filter((a) => a.member.id === member.id);
      expect(new Set(mine.map((a) => a.trade.id)).size).toBe(1);
      expect(await given.walletBalance(member)).toBe(instance.tenant.startingGrant - 1000n);
    }
    expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
  });
});
