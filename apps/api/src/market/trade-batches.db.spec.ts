import { quoteBuySpend } from '@idea-exchange/market-maker';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import { Given, type GivenMarket, type GivenMember } from '../testing/given';
import { audit, BUY, SELL, type TradeResult } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TradeRow } from './market-store';
import { Outcome } from './market.types';
import { TradingService } from './trading.service';

/**
 * Trades taken together: a market's trades that wait while a batch runs go in the next batch,
 * one transaction for all of them. These tests make batches on purpose (a lone trade starts
 * one, the trades submitted meanwhile form the next) and check that each trade still gets its
 * own answer and that the books hold, also with two API processes on one database.
 */
describe('trades in batches', () => {
  let app: TestApp;
  let replica: TestApp;
  let given: Given;
  let trading: TradingService;
  let db: Database;

  beforeAll(async () => {
    app = await startTestApp();
    replica = await startTestApp();
    given = new Given(app);
    trading = app.app.get(TradingService);
    db = app.app.get(Database);
  });
  afterAll(async () => {
    await replica.close();
    await app.close();
  });

  const actor = (member: GivenMember): MemberActor => given.actor(member);
  const realQuery = PgClient.prototype.query;
  const settled = <T>(promise: Promise<T>) =>
    promise.then(
      (value) => ({ value, code: undefined as string | undefined }),
      (error: { code?: string }) => ({ value: undefined, code: error.code ?? 'ERROR' }),
    );

  /** The transaction ids that wrote these trades: one id for trades written together. */
  async function writers(tenantId: string, trades: TradeRow[]): Promise<Set<string>> {
    const rows = await db.withTenant(tenantId, (tx) =>
      tx.query<{ xid: string }>('SELECT xmin::text AS xid FROM trades WHERE id = ANY($1::uuid[])', [trades.map((t) => t.id)]),
    );
    return new Set(rows.map((row) => row.xid));
  }

  /** No account below zero that must not be, and the market's outstanding shares are what its positions hold. */
  async function books(tenantId: string, marketId: string) {
    return db.withTenant(tenantId, async (tx) => {
      const [row] = await tx.query<{ negative: number; yes: string; no: string; positions_yes: string; positions_no: string }>(
        `SELECT (SELECT count(*)::int FROM ledger_accounts WHERE balance < 0 AND kind NOT IN ('TREASURY', 'SHARES_ISSUED')) AS negative,
                m.shares_yes::text AS yes, m.shares_no::text AS no,
                (SELECT coalesce(sum(balance), 0)::text FROM ledger_accounts WHERE market_id = m.id AND kind = 'POSITION' AND outcome = 'YES') AS positions_yes,
                (SELECT coalesce(sum(balance), 0)::text FROM ledger_accounts WHERE market_id = m.id AND kind = 'POSITION' AND outcome = 'NO') AS positions_no
           FROM markets m WHERE m.id = $1`,
        [marketId],
      );
      return row;
    });
  }

  it('lands some trades of a batch and refuses others, each with its own answer, in one transaction', async () => {
    const instance = await given.tenant();
    const [rich, poor, careful, seller] = await given.members(instance, 4);
    const market = await given.openMarket(instance);
    const input = <T extends object>(outcome: Outcome, more: T) => ({
      ideaId: market.ideaId,
      outcome,
      idempotencyKey: randomUUID(),
      ...more,
    });

    // A first trade finds the idea's market; from then on trades join the batch in the order sent.
    await trading.buy(actor(rich), input(Outcome.YES, { spend: 100n }));
    const lone = trading.buy(actor(rich), input(Outcome.YES, { spend: 100n }));
    const first = input(Outcome.YES, { spend: 1000n });
    const batch = [
      settled(trading.buy(actor(rich), first)),
      settled(trading.buy(actor(poor), input(Outcome.NO, { shares: 500000n }))),
      settled(trading.buy(actor(careful), input(Outcome.YES, { shares: 10000n, maxCost: 100n }))),
      settled(trading.sell(actor(seller), input(Outcome.YES, { shares: 100n }))),
      settled(trading.buy(actor(rich), input(Outcome.NO, { spend: 500n }))),
      settled(trading.buy(actor(rich), first)),
      settled(trading.buy(actor(seller), input(Outcome.YES, { spend: 300n }))),
    ];
    const alone = await lone;
    const answers = await Promise.all(batch);

    expect(answers.map((a) => a.code)).toEqual([
      undefined,
      'INSUFFICIENT_FUNDS',
      'SLIPPAGE_EXCEEDED',
      'BAD_USER_INPUT',
      undefined,
      undefined,
      undefined,
    ]);
    const [bought, , , , hedged, retried, sellerBought] = answers.map((a) => a.value as TradeRow);
    expect(retried).toEqual(bought);
    // Priced one after another: each landed trade's wallet balance follows the one before.
    expect(bought.balanceAfter).toBe(100000n - 200n - 1000n);
    expect(hedged.balanceAfter).toBe(bought.balanceAfter - 500n);
    expect(sellerBought.balanceAfter).toBe(100000n - 300n);
    const together = await writers(instance.tenant.id, [bought, hedged, sellerBought]);
    expect(together.size).toBe(1);
    expect(await writers(instance.tenant.id, [alone])).not.toEqual(together);

    expect(await given.walletBalance(poor)).toBe(100000n);
    expect(await given.walletBalance(careful)).toBe(100000n);
    expect(await given.walletBalance(rich)).toBe(hedged.balanceAfter);
    expect(await books(instance.tenant.id, market.marketId)).toMatchObject({ negative: 0 });
    const state = await books(instance.tenant.id, market.marketId);
    expect([state.yes, state.no]).toEqual([state.positions_yes, state.positions_no]);
    expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
  });

  it('refuses as CONFLICT a key used twice in one batch with other arguments, and lands the same request once', async () => {
    const instance = await given.tenant();
    const [trader] = await given.members(instance, 1);
    const market = await given.openMarket(instance);
    const bySpend = { ideaId: market.ideaId, outcome: Outcome.YES, spend: 500n, idempotencyKey: randomUUID() };
    const sameAgain = { ...bySpend, idempotencyKey: randomUUID() };
    await trading.buy(actor(trader), { ...bySpend, idempotencyKey: randomUUID() });

    const lone = trading.buy(actor(trader), { ...bySpend, idempotencyKey: randomUUID() });
    const batch = await Promise.all([
      settled(trading.buy(actor(trader), bySpend)),
      settled(trading.buy(actor(trader), { ...bySpend, spend: 900n })),
      settled(trading.buy(actor(trader), { ...bySpend, maxCost: 600n })),
      settled(trading.buy(actor(trader), sameAgain)),
      settled(trading.buy(actor(trader), { ...sameAgain })),
    ]);
    const alone = await lone;

    expect(batch.map((a) => a.code)).toEqual([undefined, 'CONFLICT', 'CONFLICT', undefined, undefined]);
    const [first, , , other, otherRetried] = batch.map((a) => a.value as TradeRow);
    expect(otherRetried).toEqual(other);
    expect((await writers(instance.tenant.id, [first, other])).size).toBe(1);
    expect(await writers(instance.tenant.id, [alone])).not.toEqual(await writers(instance.tenant.id, [first]));
    // Four buys of 5.00 landed (the first, the lone one, and two in the batch), nothing for the refused ones.
    expect(await given.walletBalance(trader)).toBe(100000n - 4n * 500n);
    const stored = await db.withTenant(instance.tenant.id, (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM trades WHERE market_id = $1', [market.marketId]),
    );
    expect(stored[0].n).toBe(4);
  });

  it('takes the waiting trades of several markets in one transaction, each priced on its own market', async () => {
    const instance = await given.tenant();
    const [one, two] = await given.members(instance, 2);
    const [first, second] = [await given.openMarket(instance), await given.openMarket(instance)];
    const buy = (member: GivenMember, market: GivenMarket, spend: bigint) =>
      trading.buy(actor(member), { ideaId: market.ideaId, outcome: Outcome.YES, spend, idempotencyKey: randomUUID() });
    await buy(one, first, 100n);
    await buy(one, second, 100n);

    const lone = buy(one, first, 100n);
    const together = await Promise.all([
      buy(one, first, 1000n),
      buy(two, second, 1000n),
      settled(buy(two, first, 10_000_000n)),
      buy(two, first, 1000n),
    ]);
    await lone;

    const [onFirst, onSecond, refused, againOnFirst] = together;
    expect(refused.code).toBe('INSUFFICIENT_FUNDS');
    expect((await writers(instance.tenant.id, [onFirst as TradeRow, onSecond as TradeRow, againOnFirst as TradeRow])).size).toBe(1);
    // Each market moved by its own trades only: the second had one buy of 1.00 before this one.
    const opening = { liquidity: 10000n, sharesYes: 0n, sharesNo: 0n };
    const secondBefore = quoteBuySpend(opening, 'YES', 100n).after;
    expect((onSecond as TradeRow).priceYesAfter).toBe(quoteBuySpend(secondBefore, 'YES', 1000n).priceYesAfter);
    expect((againOnFirst as TradeRow).priceYesAfter).toBeGreaterThan((onFirst as TradeRow).priceYesAfter);
    for (const market of [first, second]) {
      const state = await books(instance.tenant.id, market.marketId);
      expect([state.yes, state.no]).toEqual([state.positions_yes, state.positions_no]);
    }
    expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
  });

  it('spends as many round trips on a batch spread over eight markets as on a batch on one', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 8);
    const markets: GivenMarket[] = [];
    for (let i = 0; i < 8; i++) markets.push(await given.openMarket(instance));
    const buy = (member: GivenMember, market: GivenMarket) =>
      trading.buy(actor(member), { ideaId: market.ideaId, outcome: Outcome.YES, spend: 100n, idempotencyKey: randomUUID() });
    // Every account the batches will touch opened, every market known, every member counted as taking part.
    for (const member of members) for (const market of markets) await buy(member, market);

    /**
     * The statements of the trades' transactions while a lone trade runs and the eight that
     * waited for it go in one batch (others, such as the leaderboards following the ledger, left out).
     */
    const statementsOf = async (marketOf: (i: number) => GivenMarket) => {
      const open = new Map<PgClient, string[]>();
      const transactions: string[][] = [];
      const spy = jest.spyOn(PgClient.prototype, 'query').mockImplementation(function (this: PgClient, ...args: unknown[]) {
        const first = args[0] as string | { name?: string; text: string };
        const text = typeof first === 'string' ? first : (first.name ?? first.text);
        if (text.startsWith('BEGIN')) open.set(this, []);
        open.get(this)?.push(text);
        if (text === 'COMMIT' || text === 'ROLLBACK') {
          transactions.push(open.get(this) ?? []);
          open.delete(this);
        }
        return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
      });
      try {
        const lone = buy(members[0], markets[0]);
        const batch = await Promise.all(members.map((member, i) => buy(member, marketOf(i))));
        await lone;
        expect((await writers(instance.tenant.id, batch)).size).toBe(1);
      } finally {
        spy.mockRestore();
      }
      return transactions.filter((statements) => statements.includes('markets_lock_for_trades'));
    };
    const hot = await statementsOf(() => markets[0]);
    const spread = await statementsOf((i) => markets[i]);

    expect(spread).toEqual(hot);
    // The lone trade's and the batch's: BEGIN with the tenant, the market locks with the earlier
    // trades under the keys, the account locks, the entries, the trades, the announcement, COMMIT.
    const batch = [
      'markets_lock_for_trades',
      'ledger_lock_accounts',
      'ledger_write_entries',
      'trades_record',
      'live_events_notify',
      'COMMIT',
    ];
    expect(hot.map(([, ...rest]) => rest)).toEqual([batch, batch]);
  });

  it('lands or refuses as MARKET_CLOSED every trade racing the settlement, and pays every one that landed', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 10);
    const market = await given.openMarket(instance);
    const buy = (member: GivenMember) =>
      app.api.request<{ buyShares: TradeResult }>(
        BUY,
        { input: { ideaId: market.ideaId, outcome: 'YES', spend: '5.00', idempotencyKey: randomUUID() } },
        { token: member.token },
      );

    // The board reviews first, so that its decision (which settles the market) races the buys.
    const judges = await given.members(instance, 3, { role: 'BOARD' });
    for (const judge of judges) {
      await app.api.ok(
        'mutation($input: ReviewInput!) { reviewIdea(input: $input) { id } }',
        { input: { ideaId: market.ideaId, strategicFit: 3, valueForMoney: 3, feasibility: 3, risk: 3, comment: 'Reviewed for the race.' } },
        { token: judge.token },
      );
    }
    const early = members.map(buy);
    const settlement = replica.api.ok(
      'mutation($input: DecideInput!) { decideIdea(input: $input) { id } }',
      { input: { ideaId: market.ideaId, decision: 'IMPLEMENT', rationale: 'Decided while members were still trading.' } },
      { token: judges[0].token },
    );
    const late = members.map(buy);
    const answers = await Promise.all([...early, ...late]);
    await settlement;

    for (const answer of answers) {
      if (!answer.data?.buyShares) expect(answer.errors?.[0].extensions?.code).toBe('MARKET_CLOSED');
    }
    for (const [i, member] of members.entries()) {
      const landed = [answers[i], answers[members.length + i]].flatMap((a) => (a.data?.buyShares ? [a.data.buyShares] : []));
      const expected = landed.reduce((balance, t) => balance - 500n + BigInt(t.shares.replace('.', '')), 100000n);
      expect(await given.walletBalance(member)).toBe(expected);
    }
    expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
  });

  it('keeps a hot market conserved when two API processes trade it at once, with every acknowledged trade present', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 32);
    const market = await given.openMarket(instance);
    const apiFor = (i: number) => (i % 2 === 0 ? app.api : replica.api);

    const answers = await Promise.all(
      Array.from({ length: 320 }, async (_, i) => {
        const member = members[i % members.length];
        const outcome = i % 3 === 0 ? 'NO' : 'YES';
        const sell = i % 7 === 6;
        const input = sell
          ? { ideaId: market.ideaId, outcome, shares: '1.00', idempotencyKey: randomUUID() }
          : { ideaId: market.ideaId, outcome, spend: `${1 + (i % 9)}.00`, idempotencyKey: randomUUID() };
        const result = await apiFor(i).request<{ buyShares?: TradeResult; sellShares?: TradeResult }>(
          sell ? SELL : BUY,
          { input },
          { token: member.token },
        );
        const trade = result.data?.buyShares ?? result.data?.sellShares;
        // Only a sell of shares not (yet) held may be refused.
        if (!trade) expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        return trade;
      }),
    );
    const acknowledged = answers.filter((t): t is TradeResult => t !== undefined);

    expect(acknowledged.length).toBeGreaterThan(270);
    const stored = await db.withTenant(instance.tenant.id, (tx) =>
      tx.query<{ id: string }>('SELECT id FROM trades WHERE market_id = $1', [market.marketId]),
    );
    expect(new Set(stored.map((row) => row.id))).toEqual(new Set(acknowledged.map((t) => t.id)));
    const state = await books(instance.tenant.id, market.marketId);
    expect(state.negative).toBe(0);
    expect([state.yes, state.no]).toEqual([state.positions_yes, state.positions_no]);
    expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
    // 320 signed-in requests through two app processes: about 45 s on a busy shared machine.
  }, 180_000);

  it('holds the invariants over random batches of buys, sells, bounds and retried keys', async () => {
    const instance = await given.tenant();
    const members = await given.members(instance, 4);
    const order = fc.record({
      member: fc.integer({ min: 0, max: 3 }),
      sell: fc.boolean(),
      outcome: fc.constantFrom(Outcome.YES, Outcome.NO),
      amount: fc.bigInt({ min: 1n, max: 40000n }),
      bound: fc.option(fc.bigInt({ min: 0n, max: 20000n }), { nil: undefined }),
      retryOf: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
    });

    await fc.assert(
      fc.asyncProperty(fc.array(order, { minLength: 1, maxLength: 20 }), async (orders) => {
        const market: GivenMarket = await given.openMarket(instance);
        const keys: string[] = [];
        const submitted = orders.map((o, i) => {
          const key = o.retryOf !== undefined && o.retryOf < i ? keys[o.retryOf] : randomUUID();
          keys.push(key);
          const who = actor(members[o.member]);
          const base = { ideaId: market.ideaId, outcome: o.outcome, idempotencyKey: key };
          return settled(
            o.sell
              ? trading.sell(who, { ...base, shares: o.amount, minProceeds: o.bound })
              : trading.buy(who, { ...base, spend: o.amount, maxCost: o.bound }),
          );
        });
        const answers = await Promise.all(submitted);

        for (const answer of answers) {
          expect([undefined, 'INSUFFICIENT_FUNDS', 'SLIPPAGE_EXCEEDED', 'BAD_USER_INPUT', 'CONFLICT']).toContain(answer.code);
        }
        const landed = new Map(answers.flatMap((a) => (a.value ? [[a.value.id, a.value]] : [])));
        const state = await books(instance.tenant.id, market.marketId);
        expect(state.negative).toBe(0);
        expect([state.yes, state.no]).toEqual([state.positions_yes, state.positions_no]);
        const sum = (outcome: string) => [...landed.values()].filter((t) => t.outcome === outcome).reduce((s, t) => s + t.shares, 0n);
        expect([BigInt(state.yes), BigInt(state.no)]).toEqual([sum('YES'), sum('NO')]);
        expect(await audit(app.api, { token: instance.admin.token })).toMatchObject({ balanced: true, problems: [] });
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
