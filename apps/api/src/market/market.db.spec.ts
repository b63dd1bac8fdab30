import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { Accounts } from '../ledger/ledger-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { MarketService } from './market.service';
import { Given, type GivenMarket, type GivenMember, type GivenTenant } from '../testing/given';
import type { Caller } from '../testing/graphql-client';
import { audit, BUY, MARKET, PORTFOLIO, PRICE_HISTORY, QUOTE, SELL, WALLET_HISTORY, type TradeResult } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';

const key = () => randomUUID();

describe('trading on an idea market', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let admin: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    // Liquidity 100.00, grant 1000.00 (the defaults).
    instance = await given.tenant();
    admin = { token: instance.admin.token };
  });
  afterAll(() => app.close());

  const buy = (member: GivenMember, input: Record<string, unknown>) =>
    app.api.request<{ buyShares: TradeResult }>(BUY, { input }, { token: member.token });
  const sell = (member: GivenMember, input: Record<string, unknown>) =>
    app.api.request<{ sellShares: TradeResult }>(SELL, { input }, { token: member.token });
  const bought = async (member: GivenMember, input: Record<string, unknown>) =>
    (await app.api.ok<{ buyShares: TradeResult }>(BUY, { input }, { token: member.token })).buyShares;
  const sold = async (member: GivenMember, input: Record<string, unknown>) =>
    (await app.api.ok<{ sellShares: TradeResult }>(SELL, { input }, { token: member.token })).sellShares;
  const marketOf = async (market: GivenMarket) =>
    (await app.api.ok<{ market: Record<string, unknown> }>(MARKET, { ideaId: market.ideaId }, admin)).market;

  describe('opening a market', () => {
    it('starts at one half, moves the subsidy b·ln 2 from the treasury into the pool, and floats the idea', async () => {
      const market = await given.openMarket(instance);

      expect(await marketOf(market)).toMatchObject({ open: true, priceYes: 0.5, sharesYes: '0.00', sharesNo: '0.00', liquidity: '100.00' });
      const db = app.app.get(Database);
      const pool = await db.withTenant(instance.tenant.id, (tx) =>
        app.app.get(LedgerService).balanceOf(tx, Accounts.pool(market.marketId)),
      );
      expect(pool).toBe(6932n);
      expect(await audit(app.api, admin)).toMatchObject({ balanced: true, problems: [] });
      const [stage] = await db.withTenant(instance.tenant.id, (tx) =>
        tx.query<{ stage: string }>('SELECT stage FROM ideas WHERE id = $1', [market.ideaId]),
      );
      expect(stage.stage).toBe('INVESTMENT');
    });

    it('opens one market per idea only', async () => {
      const market = await given.openMarket(instance);
      await expect(given.openMarket(instance, { ideaId: market.ideaId })).rejects.toMatchObject({ code: 'CONFLICT' });
    });
  });

  describe('buying and selling', () => {
    it('buys by spend, moving the price and the wallet, and shows the position in the portfolio', async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);

      const quote = await app.api.ok<{ quote: { shares: string; cost: string; priceYesAfter: number } }>(
        QUOTE,
        { input: { ideaId: market.ideaId, outcome: 'YES', spend: '50.00' } },
        { token: member.token },
      );
      const trade = await bought(member, { ideaId: market.ideaId, outcome: 'YES', spend: '50.00', idempotencyKey: key() });

      expect(trade).toMatchObject({ outcome: 'YES', shares: '83.17', cost: '50.00', balanceAfter: '950.00', ideaId: market.ideaId });
      expect(quote.quote).toEqual({ shares: trade.shares, cost: trade.cost, priceYesAfter: trade.priceYesAfter });
      expect(trade.priceYesAfter).toBeGreaterThan(0.5);
      const { portfolio } = await app.api.ok<{
        portfolio: { balance: string; netWorth: string; positions: Array<Record<string, unknown>> };
      }>(PORTFOLIO, {}, { token: member.token });
      expect(portfolio.balance).toBe('950.00');
      expect(portfolio.positions).toEqual([
        expect.objectContaining({ ideaId: market.ideaId, outcome: 'YES', shares: '83.17', value: expect.any(String) }),
      ]);
      const value = Number(portfolio.positions[0].value);
      expect(value).toBeCloseTo(83.17 * trade.priceYesAfter, 1);
      expect(Number(portfolio.netWorth)).toBeCloseTo(950 + value, 2);
    });

    it('buys by shares and sells them back for no more than they cost', async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);

      const buyTrade = await bought(member, { ideaId: market.ideaId, outcome: 'NO', shares: '100.00', idempotencyKey: key() });
      const sellTrade = await sold(member, { ideaId: market.ideaId, outcome: 'NO', shares: '100.00', idempotencyKey: key() });

      expect(buyTrade).toMatchObject({ shares: '100.00', cost: '62.02', balanceAfter: '937.98' });
      expect(sellTrade).toMatchObject({ outcome: 'NO', shares: '-100.00', cost: '-62.01', balanceAfter: '999.99', priceYesAfter: 0.5 });
      expect(await marketOf(market)).toMatchObject({ sharesNo: '0.00', volume: '124.03', tradeCount: 2 });
    });

    it('keeps a price history per trade, from the opening price', async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);
      await buy(member, { ideaId: market.ideaId, outcome: 'YES', spend: '10.00', idempotencyKey: key() });
      await buy(member, { ideaId: market.ideaId, outcome: 'NO', spend: '30.00', idempotencyKey: key() });

      const { priceHistory } = await app.api.ok<{ priceHistory: Array<{ at: string; priceYes: number }> }>(
        PRICE_HISTORY,
        { ideaId: market.ideaId },
        { token: member.token },
      );
      expect(priceHistory.map((p) => p.priceYes)).toEqual([0.5, expect.any(Number), expect.any(Number)]);
      expect(priceHistory[1].priceYes).toBeGreaterThan(0.5);
      expect(priceHistory[2].priceYes).toBeLessThan(0.5);
      const latest = await app.api.ok<{ priceHistory: unknown[] }>(
        PRICE_HISTORY,
        { ideaId: market.ideaId, first: 1 },
        { token: member.token },
      );
      expect(latest.priceHistory).toEqual([priceHistory[2]]);
    });

    it("lists every trade in the member's wallet history, newest first, page by page", async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);
      await buy(member, { ideaId: market.ideaId, outcome: 'YES', spend: '10.00', idempotencyKey: key() });
      await buy(member, { ideaId: market.ideaId, outcome: 'YES', spend: '5.00', idempotencyKey: key() });

      type Entry = { id: string; amount: string; balanceAfter: string; reason: string; ideaId: string | null };
      const page1 = (await app.api.ok<{ walletHistory: Entry[] }>(WALLET_HISTORY, { first: 2 }, { token: member.token })).walletHistory;
      const page2 = (
        await app.api.ok<{ walletHistory: Entry[] }>(WALLET_HISTORY, { first: 2, after: page1[1].id }, { token: member.token })
      ).walletHistory;

      expect(page1.map((e) => [e.amount, e.balanceAfter, e.ideaId])).toEqual([
        ['-5.00', '985.00', market.ideaId],
        ['-10.00', '990.00', market.ideaId],
      ]);
      expect(page1[0].reason).toMatch(/^Bought .* YES shares$/);
      expect(page2.map((e) => [e.amount, e.reason])).toEqual([['1000.00', 'Starting grant for joining']]);
    });
  });

  describe('refusing trades with typed errors, moving nothing', () => {
    let member: GivenMember;
    let market: GivenMarket;
    beforeAll(async () => {
      member = await given.member(instance);
      market = await given.openMarket(instance);
    });

    it.each([
      ['both spend and shares', { spend: '1.00', shares: '1.00' }],
      ['neither spend nor shares', {}],
      ['a spend of zero', { spend: '0.00' }],
      ['a negative number of shares', { shares: '-1.00' }],
      ['a third decimal place', { spend: '1.001' }],
    ])('refuses a buy with %s as BAD_USER_INPUT', async (_case, amounts) => {
      const result = await buy(member, { ideaId: market.ideaId, outcome: 'YES', idempotencyKey: key(), ...amounts });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses to sell more shares than the member holds', async () => {
      await buy(member, { ideaId: market.ideaId, outcome: 'YES', shares: '5.00', idempotencyKey: key() });
      const result = await sell(member, { ideaId: market.ideaId, outcome: 'YES', shares: '5.01', idempotencyKey: key() });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/You hold 5.00/);
    });

    it('refuses a buy above maxCost and a sell below minProceeds as SLIPPAGE_EXCEEDED', async () => {
      const before = await given.walletBalance(member);
      const dear = await buy(member, { ideaId: market.ideaId, outcome: 'YES', shares: '100.00', maxCost: '50.00', idempotencyKey: key() });
      const cheap = await sell(member, {
        ideaId: market.ideaId,
        outcome: 'YES',
        shares: '5.00',
        minProceeds: '5.00',
        idempotencyKey: key(),
      });

      expect(dear.errors?.[0].extensions).toMatchObject({ code: 'SLIPPAGE_EXCEEDED', limit: '50.00' });
      expect(cheap.errors?.[0].extensions?.code).toBe('SLIPPAGE_EXCEEDED');
      expect(await given.walletBalance(member)).toBe(before);
    });

    it('refuses a buy the wallet cannot pay as INSUFFICIENT_FUNDS', async () => {
      const before = await given.walletBalance(member);
      const result = await buy(member, { ideaId: market.ideaId, outcome: 'NO', shares: '5000.00', idempotencyKey: key() });
      expect(result.errors?.[0].extensions?.code).toBe('INSUFFICIENT_FUNDS');
      expect(await given.walletBalance(member)).toBe(before);
    });

    it('refuses board members as FORBIDDEN: they decide the outcome', async () => {
      const board = await given.member(instance, { role: 'BOARD' });
      const result = await buy(board, { ideaId: market.ideaId, outcome: 'YES', spend: '1.00', idempotencyKey: key() });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await given.walletBalance(board)).toBe(100000n);
    });

    it('answers NOT_FOUND for an idea without a market, and BAD_USER_INPUT for an id that is not one', async () => {
      expect(
        (await buy(member, { ideaId: randomUUID(), outcome: 'YES', spend: '1.00', idempotencyKey: key() })).errors?.[0].extensions?.code,
      ).toBe('NOT_FOUND');
      expect(await app.api.code(PRICE_HISTORY, { ideaId: 'not-an-id' }, { token: member.token })).toBe('BAD_USER_INPUT');
    });
  });

  describe('idempotency keys', () => {
    it('answers a retry with the first trade and moves nothing twice', async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);
      const input = { ideaId: market.ideaId, outcome: 'YES', spend: '20.00', idempotencyKey: key() };

      const first = await bought(member, input);
      await buy(member, { ideaId: market.ideaId, outcome: 'NO', spend: '20.00', idempotencyKey: key() });
      const retry = await bought(member, input);

      expect(retry).toEqual(first);
      expect(await given.walletBalance(member)).toBe(100000n - 4000n);
    });

    it('refuses a key reused for a different trade as CONFLICT', async () => {
      const member = await given.member(instance);
      const [one, two] = [await given.openMarket(instance), await given.openMarket(instance)];
      const idempotencyKey = key();
      await buy(member, { ideaId: one.ideaId, outcome: 'YES', spend: '1.00', idempotencyKey });

      const reused = await buy(member, { ideaId: two.ideaId, outcome: 'YES', spend: '1.00', idempotencyKey });
      expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });

  describe('settlement', () => {
    it('pays 1.00 per winning share, returns the rest of the pool to the treasury, and closes the market', async () => {
      const [yes, no] = await given.members(instance, 2);
      const market = await given.openMarket(instance);
      await buy(yes, { ideaId: market.ideaId, outcome: 'YES', shares: '30.00', idempotencyKey: key() });
      await buy(no, { ideaId: market.ideaId, outcome: 'NO', shares: '10.00', idempotencyKey: key() });
      const yesBefore = await given.walletBalance(yes);
      const noBefore = await given.walletBalance(no);

      await given.settle(instance, market.ideaId, 'YES');

      expect(await marketOf(market)).toMatchObject({ open: false, resolution: 'YES', sharesYes: '0.00', sharesNo: '0.00' });
      expect(await given.walletBalance(yes)).toBe(yesBefore + 3000n);
      expect(await given.walletBalance(no)).toBe(noBefore);
      const { portfolio } = await app.api.ok<{ portfolio: { positions: unknown[] } }>(PORTFOLIO, {}, { token: yes.token });
      expect(portfolio.positions).toEqual([]);
      expect(await audit(app.api, admin)).toMatchObject({ balanced: true, problems: [] });
    });

    it('is idempotent, refuses the other outcome, and closes the market to trading', async () => {
      const member = await given.member(instance);
      const market = await given.openMarket(instance);
      await buy(member, { ideaId: market.ideaId, outcome: 'NO', shares: '10.00', idempotencyKey: key() });
      await given.settle(instance, market.ideaId, 'NO');
      const paid = await given.walletBalance(member);

      const resolve = (outcome: 'YES' | 'NO') =>
        app.app.get(Database).withTenant(instance.tenant.id, (tx) => app.app.get(MarketService).resolve(tx, market.ideaId, outcome));
      await expect(resolve('NO')).resolves.toMatchObject({ open: false, resolution: 'NO' });
      expect(await given.walletBalance(member)).toBe(paid);
      await expect(resolve('YES')).rejects.toMatchObject({ code: 'CONFLICT' });
      const late = await buy(member, { ideaId: market.ideaId, outcome: 'YES', spend: '1.00', idempotencyKey: key() });
      expect(late.errors?.[0].extensions?.code).toBe('MARKET_CLOSED');
      expect(await app.api.code(QUOTE, { input: { ideaId: market.ideaId, outcome: 'YES', spend: '1.00' } }, { token: member.token })).toBe(
        'MARKET_CLOSED',
      );
    });
  });
});
