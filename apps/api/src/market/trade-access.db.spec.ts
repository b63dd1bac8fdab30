import { walletReason } from '@idea-exchange/wording';
import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { Accounts } from '../ledger/ledger-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { BUY, MARKET, QUOTE, SELL, audit } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const HIDE = 'mutation($id: ID!) { hideContent(kind: IDEA, targetId: $id, reason: "Off topic") }';
const DECIDE = 'mutation($i: DecideInput!) { decideIdea(input: $i) { id } }';
const REVIEW = 'mutation($i: ReviewInput!) { reviewIdea(input: $i) { id } }';

describe('who may trade a market, and how it settles', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let member: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { minReviews: 1 } }));
    member = await given.member(instance);
  });
  afterAll(() => app.close());

  const key = () => randomUUID();
  const buyYes = (ideaId: string, spend = '5.00') => ({ input: { ideaId, outcome: 'YES', spend, idempotencyKey: key() } });
  const quoteYes = (ideaId: string) => ({ input: { ideaId, outcome: 'YES', spend: '5.00' } });
  const errorOf = async (query: string, variables: Record<string, unknown>, who: { token: string }) => {
    const result = await app.api.request(query, variables, who);
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' };
  };

  describe('conflicts of interest', () => {
    it('refuses trades and quotes to board members and admins as FORBIDDEN, and moves nothing', async () => {
      const market = await given.openMarket(instance);
      const board = await given.member(instance, { role: 'BOARD' });
      for (const decider of [board, instance.admin]) {
        const before = await given.walletBalance(decider);
        const bought = await errorOf(BUY, buyYes(market.ideaId), decider);
        expect(bought.code).toBe('FORBIDDEN');
        expect(bought.message).toMatch(decider.role === 'BOARD' ? /Board members decide/ : /Admins appoint the board/);
        expect((await errorOf(QUOTE, quoteYes(market.ideaId), decider)).code).toBe('FORBIDDEN');
        expect(await given.walletBalance(decider)).toBe(before);
      }
      expect((await app.api.ok<{ quote: { cost: string } }>(QUOTE, quoteYes(market.ideaId), member)).quote.cost).toBe('5.00');
    });

    it('offers no way to open or settle a market outside a decision', async () => {
      const market = await given.openMarket(instance);
      for (const query of [
        'mutation($id: ID!) { openMarket(ideaId: $id) { id } }',
        'mutation($id: ID!) { settleMarket(ideaId: $id, outcome: YES) { id } }',
      ]) {
        const result = await app.api.request(query, { id: market.ideaId }, instance.admin);
        expect(result.errors?.[0]?.message).toMatch(/Cannot query field "(openMarket|settleMarket)" on type "Mutation"/);
      }
      const { market: state } = await app.api.ok<{ market: { open: boolean } }>(MARKET, { ideaId: market.ideaId }, member);
      expect(state.open).toBe(true);
    });

    it('leaves reviews and decisions to the board: an admin is FORBIDDEN', async () => {
      const market = await given.openMarket(instance);
      const scores = { strategicFit: 3, valueForMoney: 3, feasibility: 3, risk: 3, comment: 'An admin view.' };
      expect(await app.api.code(REVIEW, { i: { ideaId: market.ideaId, ...scores } }, instance.admin)).toBe('FORBIDDEN');
      const decision = { ideaId: market.ideaId, decision: 'IMPLEMENT', rationale: 'An admin decides.' };
      expect(await app.api.code(DECIDE, { i: decision }, instance.admin)).toBe('FORBIDDEN');
      const { market: state } = await app.api.ok<{ market: { open: boolean } }>(MARKET, { ideaId: market.ideaId }, member);
      expect(state.open).toBe(true);
    });
  });

  describe('a hidden idea', () => {
    it('does not trade or quote, and its market cannot be followed live by members', async () => {
      const moderator = await given.member(instance, { role: 'MODERATOR' });
      const market = await given.openMarket(instance);
      await app.api.ok(BUY, buyYes(market.ideaId), member);
      await app.api.ok(HIDE, { id: market.ideaId }, moderator);
      const before = await given.walletBalance(member);

      expect((await errorOf(BUY, buyYes(market.ideaId), member)).code).toBe('NOT_FOUND');
      const selling = { input: { ideaId: market.ideaId, outcome: 'YES', shares: '1.00', idempotencyKey: key() } };
      expect((await errorOf(SELL, selling, member)).code).toBe('NOT_FOUND');
      expect((await errorOf(QUOTE, quoteYes(market.ideaId), member)).code).toBe('NOT_FOUND');
      // A moderator can see the idea, and is told plainly why its market does not trade.
      const byModerator = await errorOf(BUY, buyYes(market.ideaId), moderator);
      expect(byModerator).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/hidden this idea/) });
      expect(await given.walletBalance(member)).toBe(before);

      const clients = new LiveClients();
      const { client } = clients.connect(app, signedIn(member));
      const live = client.iterate({ query: `subscription { marketUpdated(ideaId: "${market.ideaId}") { priceYes } }` });
      const outcome = await live.next().catch((error: unknown) => error);
      expect(JSON.stringify(outcome)).toMatch(/NOT_FOUND|was not found/);
      await clients.disposeAll();
    });
  });

  describe('ledger edges', () => {
    it('refuses a sell whose proceeds round to 0.00 as BAD_USER_INPUT, and moves nothing', async () => {
      const market = await given.openMarket(instance);
      await app.api.ok(BUY, { input: { ideaId: market.ideaId, outcome: 'YES', shares: '1.00', idempotencyKey: key() } }, member);
      const before = await given.walletBalance(member);

      const tiny = { input: { ideaId: market.ideaId, outcome: 'YES', shares: '0.01', idempotencyKey: key() } };
      const refused = await errorOf(SELL, tiny, member);

      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/pay nothing/) });
      expect((await errorOf(QUOTE, { input: { ...tiny.input, idempotencyKey: undefined, side: 'SELL' } }, member)).code).toBe(
        'BAD_USER_INPUT',
      );
      expect(await given.walletBalance(member)).toBe(before);
    });

    it('answers a replayed key with the first trade, and a key replayed with other arguments as CONFLICT', async () => {
      const market = await given.openMarket(instance);
      const idempotencyKey = key();
      const byShares = { ideaId: market.ideaId, outcome: 'YES', shares: '10.00', idempotencyKey };
      const first = await app.api.ok<{ buyShares: { id: string } }>(BUY, { input: byShares }, member);
      const balance = await given.walletBalance(member);

      expect((await app.api.ok<{ buyShares: { id: string } }>(BUY, { input: byShares }, member)).buyShares.id).toBe(first.buyShares.id);
      for (const changed of [{ shares: '12.00' }, { outcome: 'NO' }]) {
        expect((await errorOf(BUY, { input: { ...byShares, ...changed } }, member)).code).toBe('CONFLICT');
      }
      const selling = { ideaId: market.ideaId, outcome: 'YES', shares: '10.00', idempotencyKey };
      expect((await errorOf(SELL, { input: selling }, member)).code).toBe('CONFLICT');
      expect(await given.walletBalance(member)).toBe(balance);

      const sellKey = key();
      await app.api.ok(SELL, { input: { ...selling, shares: '4.00', idempotencyKey: sellKey } }, member);
      expect((await errorOf(SELL, { input: { ...selling, shares: '5.00', idempotencyKey: sellKey } }, member)).code).toBe('CONFLICT');
    });

    it('compares a replayed buy by spend by its whole request: another spend or bound is CONFLICT and moves nothing', async () => {
      const market = await given.openMarket(instance);
      const bySpend = { ideaId: market.ideaId, outcome: 'NO', spend: '5.00', maxCost: '5.00', idempotencyKey: key() };
      const first = await app.api.ok<{ buyShares: { id: string; shares: string } }>(BUY, { input: bySpend }, member);
      const balance = await given.walletBalance(member);
      const { market: before } = await app.api.ok<{ market: { priceYes: string } }>(MARKET, { ideaId: market.ideaId }, member);

      // Bar the smaller spend, the first trade's cost (5.00) fits each of these: only the request tells them apart.
      for (const changed of [{ spend: '1.00' }, { spend: '9.00' }, { maxCost: '6.00' }, { maxCost: null }, { outcome: 'YES' }]) {
        expect((await errorOf(BUY, { input: { ...bySpend, ...changed } }, member)).code).toBe('CONFLICT');
      }
      const again = await app.api.ok<{ buyShares: { id: string; shares: string } }>(BUY, { input: bySpend }, member);
      expect(again.buyShares).toEqual(first.buyShares);
      // Naming the market the request went to is the same request.
      const named = { ...bySpend, marketId: market.marketId };
      expect((await app.api.ok<{ buyShares: { id: string } }>(BUY, { input: named }, member)).buyShares.id).toBe(first.buyShares.id);

      expect(await given.walletBalance(member)).toBe(balance);
      const { market: after } = await app.api.ok<{ market: { priceYes: string } }>(MARKET, { ideaId: market.ideaId }, member);
      expect(after).toEqual(before);
      const db = app.app.get(Database);
      const stored = await db.withTenant(instance.tenant.id, (tx) =>
        tx.query<{ n: number }>('SELECT count(*)::int AS n FROM trades WHERE market_id = $1', [market.marketId]),
      );
      expect(stored[0].n).toBe(1);
    });

    it('refuses a settlement the pool cannot pay rather than draw on the treasury, and moves nothing', async () => {
      const market = await given.openMarket(instance);
      await app.api.ok(BUY, { input: { ideaId: market.ideaId, outcome: 'YES', shares: '50.00', idempotencyKey: key() } }, member);
      const db = app.app.get(Database);
      const ledger = app.app.get(LedgerService);
      // Break the market maker's promise on purpose: most of the pool leaks to a wallet.
      const leak = await given.member(instance);
      await db.withTenant(instance.tenant.id, async (tx) => {
        const pool = await ledger.balanceOf(tx, Accounts.pool(market.marketId));
        await ledger.post(tx, {
          kind: 'TRADE',
          reason: walletReason.note('A fault injected by the test'),
          memberId: leak.id,
          postings: [
            { account: Accounts.pool(market.marketId), amount: -(pool - 1000n) },
            { account: Accounts.wallet(leak.id), amount: pool - 1000n },
          ],
        });
      });
      const treasury = () => db.withTenant(instance.tenant.id, (tx) => ledger.balanceOf(tx, Accounts.treasury()));
      const judges = [await given.member(instance, { role: 'BOARD' })];
      const treasuryBefore = await treasury();

      await expect(given.settle(instance, market.ideaId, 'YES', { judges })).rejects.toMatchObject({ code: 'CONFLICT' });

      expect(await treasury()).toBe(treasuryBefore);
      const { market: state } = await app.api.ok<{ market: { open: boolean } }>(MARKET, { ideaId: market.ideaId }, member);
      expect(state.open).toBe(true);
      expect((await audit(app.api, instance.admin)).problems.join('\n')).toMatch(/pool cannot pay its winners/);
    });
  });
});
