import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { Database } from '../database/database.service';
import { Given, type GivenTenant } from '../testing/given';
import { BUY } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
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
  const clients: Client[] = [];

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    given = new Given(first);
    instance = await given.tenant();
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await first.close();
    await second.close();
  });

  const subscribe = (app: TestApp, token: string, ideaId: string) => {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const seen: Seen['marketUpdated'][] = [];
    const iterator = client.iterate<Seen>({ query: MARKET_UPDATED, variables: { ideaId } });
    const reading = (async () => {
      for await (const event of iterator) if (event.data) seen.push(event.data.marketUpdated);
    })();
    return { seen, stop: async () => (await iterator.return?.(), await reading) };
  };

  const until = async (check: () => boolean, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  };

  const buy = (app: TestApp, token: string, ideaId: string, spend: string) =>
    app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend, idempotencyKey: `${ideaId}-${Math.random()}` } }, { token });

  it('delivers every trade on a market to subscribers of both processes, in order', async () => {
    const { ideaId } = await given.openMarket(instance);
    const [alice, bob] = await given.members(instance, 2);
    const onFirst = subscribe(first, alice.token, ideaId);
    const onSecond = subscribe(second, bob.token, ideaId);
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
    const onSecond = subscribe(second, alice.token, ideaId);
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
    await new Promise((r) => setTimeout(r, 300));
    expect(onSecond.seen.map((e) => e.tradeCount)).toEqual([1, 2, 3, 4]);
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
});
