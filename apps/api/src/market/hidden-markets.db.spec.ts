import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { BUY, MARKET } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';
import { eventually } from '../testing/until';
import { MarketService } from './market.service';

const HIDE = 'mutation($id: ID!) { hideContent(kind: IDEA, targetId: $id, reason: "Off topic") }';
const RESTORE = 'mutation($id: ID!) { restoreContent(kind: IDEA, targetId: $id, reason: "Back on topic") }';

/**
 * Moderation keeps the market's own `idea_hidden` flag in the hide's transaction, under the
 * market's row lock, so the trade path reads no table but `markets`.
 */
describe('the markets of a hidden idea', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let member: GivenMember;
  let moderator: GivenMember;
  let db: Database;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
    member = await given.member(instance);
    moderator = await given.member(instance, { role: 'MODERATOR' });
    db = app.app.get(Database);
  });
  afterAll(() => app.close());

  const buy = (ideaId: string) =>
    app.api.request(BUY, { input: { ideaId, outcome: 'YES', spend: '2.00', idempotencyKey: randomUUID() } }, member);
  const tradeCount = async (ideaId: string) =>
    (await app.api.ok<{ market: { tradeCount: number } }>(MARKET, { ideaId }, moderator)).market.tradeCount;

  /** The one backend other than `except` that waits for a lock one of `holders` holds or waits ahead for. */
  const waiterOn = (holders: number[], except = 0) =>
    eventually(async () => {
      const rows = await db.dataSource.query<Array<{ pid: number }>>(
        'SELECT pid FROM pg_stat_activity WHERE pid <> $2 AND pg_blocking_pids(pid) && $1::int[]',
        [holders, except],
      );
      expect(rows).toHaveLength(1);
      return rows[0].pid;
    });

  it('trade again once the idea is restored', async () => {
    const market = await given.openMarket(instance);
    await app.api.ok(HIDE, { id: market.ideaId }, moderator);
    expect((await buy(market.ideaId)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await app.api.ok(RESTORE, { id: market.ideaId }, moderator);

    expect((await buy(market.ideaId)).errors).toBeUndefined();
    expect(await tradeCount(market.ideaId)).toBe(1);
  });

  it('refuse a trade that was waiting for the market while the hide committed', async () => {
    const market = await given.openMarket(instance);
    const before = await given.walletBalance(member);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: (pid: number) => void;
    const holderPid = new Promise<number>((resolve) => (holding = resolve));
    // Holds the market's row, as a trade batch or a decision does, so both the hide and the trade queue behind it.
    const holder = db.withTenant(instance.tenant.id, async (tx) => {
      await app.app.get(MarketService).lockedForSettlement(tx, market.ideaId);
      holding((await tx.one<{ pid: number }>('SELECT pg_backend_pid() AS pid'))?.pid ?? 0);
      await released;
    });
    const held = await holderPid;

    const hide = app.api.ok<{ hideContent: boolean }>(HIDE, { id: market.ideaId }, moderator);
    const hiding = await waiterOn([held]);
    const trade = buy(market.ideaId);
    await waiterOn([held, hiding], hiding);
    release();
    await holder;

    expect((await hide).hideContent).toBe(true);
    expect((await trade).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await given.walletBalance(member)).toBe(before);
    expect(await tradeCount(market.ideaId)).toBe(0);
  });
});
