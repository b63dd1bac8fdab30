import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { BUY, PORTFOLIO, SELL } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';

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

function amount(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * The traders board against the portfolio's own figures: net worth (wallet plus positions at
 * current prices) all time, and its change from trading this week and month. Every member
 * starts with the default grant of 1000.00.
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
    app = await startTestApp();
    given = new Given(app);
    instance = await given.tenant();
    [ann, bob, idle] = await given.members(instance, 3);
    boardMember = await given.member(instance, { role: 'BOARD' });
    ({ ideaId } = await given.openMarket(instance));
  });
  afterAll(() => app.close());

  const trade = (member: GivenMember, query: string, input: Record<string, unknown>) =>
    app.api.ok(query, { input: { ideaId, idempotencyKey: randomUUID(), ...input } }, { token: member.token });
  const netWorth = async (member: GivenMember) =>
    (await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: member.token })).portfolio.netWorth;
  const board = async (period = 'ALL_TIME') =>
    (await app.api.ok<{ leaderboard: Entry[] }>(BOARD, { period }, { token: idle.token })).leaderboard.map((e) => [
      e.member.id,
      e.score,
      e.rank,
    ]);

  it('ranks by net worth as the portfolio marks it, after buys move the price for every holder', async () => {
    await trade(ann, BUY, { outcome: 'YES', spend: '100.00' });
    await trade(bob, BUY, { outcome: 'NO', spend: '40.00' });
    await trade(ann, BUY, { outcome: 'YES', spend: '25.00' });

    const worths = { ann: await netWorth(ann), bob: await netWorth(bob) };
    const rows = await board();
    expect(rows).toContainEqual([ann.id, worths.ann, expect.any(Number)]);
    expect(rows).toContainEqual([bob.id, worths.bob, expect.any(Number)]);
    expect(rows).toContainEqual([idle.id, '1000.00', expect.any(Number)]);
    // The admin opened the market but holds 1000.00 too; the board member is left off.
    expect(rows.map(([id]) => id)).not.toContain(boardMember.id);
    const scores = rows.map(([, score]) => cents(score as string));
    expect(scores).toEqual([...scores].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('counts only trading in this week and month: the change of net worth less the grant', async () => {
    const week = await board('WEEK');
    expect(week).toHaveLength(2);
    expect(week).toContainEqual([ann.id, amount(cents(await netWorth(ann)) - 100000n), expect.any(Number)]);
    expect(week).toContainEqual([bob.id, amount(cents(await netWorth(bob)) - 100000n), expect.any(Number)]);
    expect(await board('MONTH')).toEqual(week);
  });

  it('keeps up with sells and settlement, when positions turn into currency', async () => {
    await trade(bob, SELL, { outcome: 'NO', shares: '10.00' });
    expect(await board()).toContainEqual([bob.id, await netWorth(bob), expect.any(Number)]);

    await given.settle(instance, ideaId, 'YES');

    const annWorth = await netWorth(ann);
    expect(cents(annWorth)).toBeGreaterThan(100000n);
    // The decision that settled it also paid the idea's author their stage reward, so Ann, who
    // bought the winning side, ranks above Bob rather than first.
    const rows = await board();
    expect(rows).toContainEqual([ann.id, annWorth, expect.any(Number)]);
    expect(rows).toContainEqual([bob.id, await netWorth(bob), expect.any(Number)]);
    const rankOf = (id: string) => rows.find(([member]) => member === id)?.[2] as number;
    expect(rankOf(ann.id)).toBeLessThan(rankOf(bob.id));
  });

  it('gives everyone their own rank, ties included, and none to board members', async () => {
    // idle, the admin and the untouched members hold exactly 1000.00: one shared rank below Ann.
    const mine = (await app.api.ok<{ myRank: { rank: number; score: string } }>(MY_RANK, {}, { token: idle.token })).myRank;
    const rows = await board();
    expect(mine).toEqual({ rank: rows.find(([id]) => id === idle.id)?.[2], score: '1000.00' });
    expect(rows.filter(([, score]) => score === '1000.00').every(([, , rank]) => rank === mine.rank)).toBe(true);
    expect((await app.api.ok<{ myRank: unknown }>(MY_RANK, {}, { token: boardMember.token })).myRank).toBeNull();
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

    // Straight after the trade the board may lag; within a couple of seconds it has caught up.
    const deadline = Date.now() + 5_000;
    let feed = await feedLength(instance);
    while (feed?.n !== 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      feed = await feedLength(instance);
    }
    expect(feed?.n).toBe(0);
    const { portfolio } = await app.api.ok<{ portfolio: { netWorth: string } }>(PORTFOLIO, {}, { token: trader.token });
    // The board rounds each position down to the hundredth, as the portfolio does.
    expect((await scoreRows(instance)).find((row) => row.member_id === trader.id)?.score).toBe(String(cents(portfolio.netWorth)));
  });

  it('counts the starting grant of a new instance’s first admin, made outside a tenant transaction', async () => {
    const instance = await given.tenant();
    const deadline = Date.now() + 5_000;
    let rows = await scoreRows(instance);
    while (!rows.some((row) => row.member_id === instance.admin.id) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await scoreRows(instance);
    }
    expect(rows).toContainEqual({ member_id: instance.admin.id, score: '100000' });
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
      expect(rows.find((row) => row.member.id === trader.id)?.score).toBe(portfolio.netWorth);
    }
    expect(await feedLength(instance)).toEqual({ n: 0 });
  });
});
