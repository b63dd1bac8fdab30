import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { clearOfPeriodStart } from '../testing/clock';
import { startWithInstance } from '../testing/app-with-instance';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { BUY, PORTFOLIO, SELL } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
import { until } from '../testing/until';

interface Entry {
  rank: number;
  score: string;
  member: { id: string };
}

const BOARD = `query Board($period: Period) { leaderboard(kind: TRADERS, period: $period, first: 50) { rank score member { id } } }`;
const MY_RANK = `query Mine($period: Period) { myRank(kind: TRADERS, period: $period) { rank score } }`;

/** Hundredths from an Amount string, for arithmetic on what the API returned. */
function cents(amount: string): bigint {
  const [whole, fraction = '00'] = amount.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return amount.startsWith('-') ? -value : value;
}

/**
 * How long the background catch-up may take to follow a commit: it starts a second after, and a
 * machine busy with other work can hold it up for several more.
 */
const CATCH_UP_MS = 20_000;

/** The default starting grant, 1000.00. */
const GRANT = 100000n;

function amount(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * The traders board against the portfolio's own figures: trading profit, realised and marked
 * (net worth less the currency the treasury issued), all time, and the profit made this week and
 * month. Every member starts with the default grant of 1000.00, which is not profit.
 */
describe('the traders leaderboard', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let ann: GivenMember;
  let bob: GivenMember;
  let idle: GivenMember;
  let boardMember: GivenMember;
  let ideaId: string;

  beforeAll(async () => {
    // The WEEK and MONTH boards expect the trades made now to fall in this week and month.
    await clearOfPeriodStart();
    ({ app, given, instance } = await startWithInstance());
    [ann, bob, idle] = await given.members(instance, 3);
    boardMember = await given.member(instance, { role: 'BOARD' });
    ({ ideaId } = await given.openMarket(instance));
  }, 180_000);
  afterAll(() => app.close());

  const trade = (member: GivenMember, query: string, input: Record<string, unknown>) =>
    app.api.ok(query, { input: { ideaId, idempotencyKey: randomUUID(), ...input } }, { token: member.token });
  const profit = async (member: GivenMember) =>
    amount(
      cents((await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: member.token })).portfolio.netWorth) - GRANT,
    );
  const board = async (period = 'ALL_TIME') =>
    (await app.api.ok<{ leaderboard: Entry[] }>(BOARD, { period }, { token: idle.token })).leaderboard.map((e) => [
      e.member.id,
      e.score,
      e.rank,
    ]);
  const myRank = async (member: GivenMember, period = 'ALL_TIME') =>
    (await app.api.ok<{ myRank: { rank: number; score: string } | null }>(MY_RANK, { period }, { token: member.token })).myRank;

  it('ranks nobody before anyone has traded, though every member holds the grant', async () => {
    expect(await board()).toEqual([]);
    expect(await myRank(idle)).toBeNull();
    expect(await myRank(idle, 'WEEK')).toBeNull();
  });

  it('ranks by trading profit as the portfolio marks it, after buys move the price for every holder', async () => {
    await trade(ann, BUY, { outcome: 'YES', spend: '100.00' });
    await trade(bob, BUY, { outcome: 'NO', spend: '40.00' });
    await trade(ann, BUY, { outcome: 'YES', spend: '25.00' });

    const rows = await board();
    // Only the two who traded: not the grant holders (idle, the admin who opened the market), not
    // the board member.
    expect(rows.map(([id]) => id).sort()).toEqual([ann.id, bob.id].sort());
    expect(rows).toContainEqual([ann.id, await profit(ann), expect.any(Number)]);
    expect(rows).toContainEqual([bob.id, await profit(bob), expect.any(Number)]);
    const scores = rows.map(([, score]) => cents(score as string));
    expect(scores).toEqual([...scores].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('ranks this week and month by the profit made in them, the same as all time when all of it is recent', async () => {
    const allTime = await board();
    expect(await board('WEEK')).toEqual(allTime);
    expect(await board('MONTH')).toEqual(allTime);
  });

  it('keeps up with sells and settlement, when positions turn into currency, and leaves rewards off', async () => {
    await trade(bob, SELL, { outcome: 'NO', shares: '10.00' });
    expect(await board()).toContainEqual([bob.id, await profit(bob), expect.any(Number)]);

    await given.settle(instance, ideaId, 'YES');

    // The decision also paid the idea's author a stage reward from the treasury: not profit, so
    // the author, who never traded, stays off, and Ann, who bought the winning side, leads.
    const annProfit = await profit(ann);
    expect(cents(annProfit)).toBeGreaterThan(0n);
    const rows = await board();
    expect(rows).toEqual([
      [ann.id, annProfit, 1],
      [bob.id, await profit(bob), 2],
    ]);
  });

  it('gives a trader the rank the board shows, and none to those who never traded or may not', async () => {
    const rows = await board();
    for (const member of [ann, bob]) {
      const row = rows.find(([id]) => id === member.id);
      expect(await myRank(member)).toEqual({ rank: row?.[2], score: row?.[1] });
    }
    expect(await myRank(idle)).toBeNull();
    expect(await myRank(boardMember)).toBeNull();
  });
});

/**
 * Trades only put their entries on the ledger's feed; the board follows it after the fact, in
 * batches, and catches up before every read. These check that nothing is lost or counted twice
 * when trades, reads and the background catch-up overlap.
 */
describe('the traders board following the ledger', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
  });
  afterAll(() => app.close());

  const scoreRows = (instance: GivenTenant) =>
    app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.query<{ member_id: string; score: string }>(
          `SELECT member_id, score::text FROM leaderboard_scores WHERE tenant_id = $1 AND board = 'TRADERS' AND period = 'ALL_TIME'`,
          [tx.tenantId],
        ),
      );
  const feedLength = (instance: GivenTenant) =>
    app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM ledger_feed WHERE tenant_id = $1`, [tx.tenantId]),
      );

  it('applies trades shortly after they commit, without anyone reading the board', async () => {
    const instance = await given.tenant();
    const [trader] = await given.members(instance, 1);
    const { ideaId } = await given.openMarket(instance);
    await app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend: '50.00', idempotencyKey: randomUUID() } }, { token: trader.token });

    // Straight after the trade the board may lag; within seconds (more on a busy machine) it has caught up.
    await until(async () => (await feedLength(instance))?.n === 0, CATCH_UP_MS, 100);
    expect(await feedLength(instance)).toEqual({ n: 0 });
    const { portfolio } = await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: trader.token });
    // The board rounds each position down to the hundredth, as the portfolio does.
    expect((await scoreRows(instance)).find((row) => row.member_id === trader.id)?.score).toBe(String(cents(portfolio.netWorth) - GRANT));
  });

  it('leaves a new instance’s first admin off: a starting grant is not trading profit', async () => {
    const instance = await given.tenant();
    await until(async () => (await feedLength(instance))?.n === 0, CATCH_UP_MS, 100);
    expect(await feedLength(instance)).toEqual({ n: 0 });
    expect(await scoreRows(instance)).toEqual([]);
  });

  it('re-marks at the read the holders of markets a background catch-up left stale', async () => {
    const instance = await given.tenant();
    const [holder, mover] = await given.members(instance, 2);
    const { ideaId } = await given.openMarket(instance);
    const buy = (member: GivenMember, outcome: string, spend: string) =>
      app.api.ok(BUY, { input: { ideaId, outcome, spend, idempotencyKey: randomUUID() } }, { token: member.token });
    await buy(holder, 'YES', '30.00');
    await app.api.ok(BOARD, { period: 'ALL_TIME' }, { token: holder.token });
    // The mover's trade moves the price of the holder's shares; the background catch-up applies
    // the mover's own entry and only notes the market as stale.
    await buy(mover, 'NO', '60.00');
    const stale = () =>
      app.app
        .get(Database)
        .withTenant(instance.tenant.id, (tx) =>
          tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM leaderboard_stale_markets WHERE tenant_id = $1`, [tx.tenantId]),
        );
    await until(async () => (await stale())?.n === 1, CATCH_UP_MS, 100);
    expect(await stale()).toEqual({ n: 1 });
    expect(await feedLength(instance)).toEqual({ n: 0 });

    const rows = (await app.api.ok<{ leaderboard: Entry[] }>(BOARD, { period: 'ALL_TIME' }, { token: holder.token })).leaderboard;
    for (const member of [holder, mover]) {
      const { portfolio } = await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: member.token });
      expect(rows.find((row) => row.member.id === member.id)?.score).toBe(amount(cents(portfolio.netWorth) - GRANT));
    }
    expect(await stale()).toEqual({ n: 0 });
  });

  it('ends exact for every trader when trades on two markets race reads of the board', async () => {
    const instance = await given.tenant();
    const traders = await given.members(instance, 5);
    const markets = [await given.openMarket(instance), await given.openMarket(instance)];
    const reader = traders[0];

    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => {
        const trader = traders[i % traders.length];
        const { ideaId } = markets[i % markets.length];
        const outcome = i % 3 === 0 ? 'NO' : 'YES';
        return app.api.ok(
          BUY,
          { input: { ideaId, outcome, spend: `${5 + (i % 7)}.00`, idempotencyKey: randomUUID() } },
          { token: trader.token },
        );
      }),
      ...Array.from({ length: 10 }, () => app.api.ok(BOARD, { period: 'ALL_TIME' }, { token: reader.token })),
    ]);

    const rows = (await app.api.ok<{ leaderboard: Entry[] }>(BOARD, { period: 'ALL_TIME' }, { token: reader.token })).leaderboard;
    for (const trader of traders) {
      const { portfolio } = await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: trader.token });
      expect(rows.find((row) => row.member.id === trader.id)?.score).toBe(amount(cents(portfolio.netWorth) - GRANT));
    }
    expect(await feedLength(instance)).toEqual({ n: 0 });
  });
});
