import { Client as PgClient } from 'pg';
import { Database } from '../database/database.service';
import { Given, type GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { untilEarlierEventsHeard } from '../testing/live-subscribers';
import { BUY } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
import { until } from '../testing/until';
import { LivePubSub, tenantTopic } from './live-pubsub';

interface Seen {
  marketUpdated: { tradeCount: number; priceYes: number; volume: string };
}

const MARKET_UPDATED = 'subscription($ideaId: ID!) { marketUpdated(ideaId: $ideaId) { tradeCount priceYes volume } }';

/** Two processes' worth of the app on one database: what one publishes, the other's subscribers hear. */
describe('live updates across processes', () => {
  let first: TestApp;
  let second: TestApp;
  let given: Given;
  let instance: GivenTenant;
  const clients = new LiveClients();

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    given = new Given(first);
    instance = await given.tenant();
  });
  afterAll(async () => {
    await clients.disposeAll();
    await first.close();
    await second.close();
  });

  /**
   * The market's updates as a member hears them through one process. The market's opening was
   * announced when it opened and may still be on its way: the process hears it before the
   * subscription starts, so the updates seen are the trades' alone.
   */
  const subscribe = async (app: TestApp, token: string, ideaId: string) => {
    await untilEarlierEventsHeard(app, instance.tenant.id, first);
    const updates = clients.collect<Seen>(app, signedIn({ token }), MARKET_UPDATED, { ideaId });
    return {
      get seen() {
        return updates.seen.map((event) => event.marketUpdated);
      },
      stop: updates.stop,
    };
  };

  const buy = (app: TestApp, token: string, ideaId: string, spend: string) =>
    app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend, idempotencyKey: `${ideaId}-${Math.random()}` } }, { token });

  it('delivers every trade on a market to subscribers of both processes, in order', async () => {
    const { ideaId } = await given.openMarket(instance);
    const [alice, bob] = await given.members(instance, 2);
    const onFirst = await subscribe(first, alice.token, ideaId);
    const onSecond = await subscribe(second, bob.token, ideaId);
    await until(
      () =>
        first.app.get(LivePubSub).subscriberCount(tenantTopic(instance.tenant.id, 'market', ideaId)) +
          second.app.get(LivePubSub).subscriberCount(tenantTopic(instance.tenant.id, 'market', ideaId)) ===
        2,
    );

    // Trades alternate between the processes, as a balancer would spread them.
    for (let i = 0; i < 6; i++) await buy(i % 2 === 0 ? first : second, i % 2 === 0 ? alice.token : bob.token, ideaId, '5.00');

    await until(() => onFirst.seen.length === 6 && onSecond.seen.length === 6);
    const counts = [1, 2, 3, 4, 5, 6];
    expect(onFirst.seen.map((e) => e.tradeCount)).toEqual(counts);
    expect(onSecond.seen.map((e) => e.tradeCount)).toEqual(counts);
    expect(onSecond.seen).toEqual(onFirst.seen);
    expect(onFirst.seen[5].volume).toBe('30.00');
    await onFirst.stop();
    await onSecond.stop();
  });

  it('loses nothing while a process is cut off from the database: it catches up, once, in order', async () => {
    const { ideaId } = await given.openMarket(instance);
    const [alice] = await given.members(instance, 1);
    const onSecond = await subscribe(second, alice.token, ideaId);
    const live = second.app.get(LivePubSub);
    await until(() => live.subscriberCount(tenantTopic(instance.tenant.id, 'market', ideaId)) === 1);
    await buy(first, alice.token, ideaId, '5.00');
    await until(() => onSecond.seen.length === 1);

    // Cut the processes' LISTEN connections, as a database restart or network blip would (the
    // app's role may end its own sessions).
    const admin = new PgClient({ connectionString: process.env.IX_TEST_APP_URL });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'idea-exchange-live'`,
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await until(() => !live.connected, 2_000);
    for (let i = 0; i < 3; i++) await buy(first, alice.token, ideaId, '5.00');

    await until(() => onSecond.seen.length >= 4);
    // A later trade comes after anything the catch-up could repeat, so it shows that nothing was.
    await buy(first, alice.token, ideaId, '5.00');
    await until(() => onSecond.seen.length >= 5);
    expect(onSecond.seen.map((e) => e.tradeCount)).toEqual([1, 2, 3, 4, 5]);
    expect(live.connected).toBe(true);
    await onSecond.stop();
  });

  it('publishes nothing for a transaction that rolls back', async () => {
    const topic = tenantTopic(instance.tenant.id, 'test', 'rollback');
    const heard = second.app.get(LivePubSub).subscribe<{ n: number }>(topic);
    const next = heard.next();
    await first.app
      .get(Database)
      .withTenant(instance.tenant.id, async (tx) => {
        await first.app.get(LivePubSub).publish(tx, topic, { n: 1 });
        throw new Error('changed my mind');
      })
      .catch(() => undefined);
    await first.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) => first.app.get(LivePubSub).publish(tx, topic, { n: 2, at: new Date(0), amount: 5n }));
    expect((await next).value).toEqual({ n: 2, at: new Date(0), amount: 5n });
    await heard.return?.();
  });
  it('announces a batch of events in one transaction to the other process, in the order given', async () => {
    const topics = ['a', 'b'].map((key) => tenantTopic(instance.tenant.id, 'test', `batch-${key}`));
    const heardA = second.app.get(LivePubSub).subscribe<{ n: number }>(topics[0]);
    const heardB = second.app.get(LivePubSub).subscribe<{ n: number }>(topics[1]);
    await first.app.get(Database).withTenant(instance.tenant.id, (tx) =>
      first.app.get(LivePubSub).publishMany(tx, [
        { topic: topics[0], payload: { n: 1 } },
        { topic: topics[1], payload: { n: 2 } },
        { topic: topics[0], payload: { n: 3 } },
      ]),
    );
    expect([(await heardA.next()).value, (await heardA.next()).value]).toEqual([{ n: 1 }, { n: 3 }]);
    expect((await heardB.next()).value).toEqual({ n: 2 });
    await heardA.return?.();
    await heardB.return?.();
  });

  it('reads a batch too large for one notification back from the database, whole and in order', async () => {
    const topic = tenantTopic(instance.tenant.id, 'test', 'large-batch');
    const heard = second.app.get(LivePubSub).subscribe<{ n: number; filler: string }>(topic);
    const filler = 'x'.repeat(400);
    const items = Array.from({ length: 40 }, (_, n) => ({ topic, payload: { n, filler } }));
    await first.app.get(Database).withTenant(instance.tenant.id, (tx) => first.app.get(LivePubSub).publishMany(tx, items));
    const received: number[] = [];
    for (let n = 0; n < items.length; n++) received.push(((await heard.next()).value as { n: number }).n);
    expect(received).toEqual(items.map((item) => item.payload.n));
    await heard.return?.();
  });

  it('keeps that order where the ids pass a power of ten: they are numbers, not text', async () => {
    // Ids only ever rise: the sequence moves up to just short of a power of ten, which the batch then passes.
    const owner = new PgClient({ connectionString: process.env.IX_TEST_OWNER_URL });
    await owner.connect();
    let power = 0n;
    try {
      const { rows } = await owner.query<{ last: string }>(`SELECT last_value::text AS last FROM live_event_seq`);
      power = 10n ** BigInt((BigInt(rows[0].last) + 1_000n).toString().length);
      await owner.query(`SELECT setval('live_event_seq', $1)`, [String(power - 200n)]);
    } finally {
      await owner.end();
    }
    const topic = tenantTopic(instance.tenant.id, 'test', 'large-batch-past-a-power-of-ten');
    const heard = second.app.get(LivePubSub).subscribe<{ n: number; filler: string }>(topic);
    const filler = 'x'.repeat(400);
    const items = Array.from({ length: 400 }, (_, n) => ({ topic, payload: { n, filler } }));
    await first.app.get(Database).withTenant(instance.tenant.id, (tx) => first.app.get(LivePubSub).publishMany(tx, items));
    const received: number[] = [];
    for (let n = 0; n < items.length; n++) received.push(((await heard.next()).value as { n: number }).n);
    await heard.return?.();

    const ids = await first.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.one<{ first: string; last: string }>(
          `SELECT min(id)::text AS first, max(id)::text AS last FROM live_events WHERE tenant_id = $1 AND topic = $2`,
          [tx.tenantId, topic],
        ),
      );
    expect([BigInt(ids?.first ?? 0) < power, BigInt(ids?.last ?? 0) >= power]).toEqual([true, true]);
    expect(received).toEqual(items.map((item) => item.payload.n));
  });
});
