import { freePort } from '../database/embedded-postgres';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { untilEarlierEventsHeard } from '../testing/live-subscribers';
import { BUY } from '../testing/market-operations';
import { REDIS_SERVER, RedisProcess, redisServerInstalled } from '../testing/redis-process';
import { startTestApp, type TestApp } from '../testing/test-app';
import { until } from '../testing/until';
import { LivePubSub, tenantTopic } from './live-pubsub';

/** Events this process delivered from its live_events catch-up, as its /metrics counts them. */
async function caughtUp(app: TestApp): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('ix_live_events_received_total{via="catch-up"}'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const withRedis = redisServerInstalled() ? describe : describe.skip;

/** Two processes' worth of the app on one database with REDIS_URL: Redis carries the fan-out. */
withRedis(`live updates through Redis pub/sub (skipped when ${REDIS_SERVER} is missing: apt-get install redis-server)`, () => {
  let redis: RedisProcess;
  let first: TestApp;
  let second: TestApp;
  let given: Given;
  let instance: GivenTenant;
  const clients = new LiveClients();

  beforeAll(async () => {
    redis = new RedisProcess(await freePort());
    await redis.start();
    first = await startTestApp({ redisUrl: redis.url });
    second = await startTestApp({ redisUrl: redis.url });
    given = new Given(first);
    instance = await given.tenant();
  });
  afterAll(async () => {
    await clients.disposeAll();
    await first?.close();
    await second?.close();
    await redis?.remove();
  });

  /**
   * What a member hears through one process. Events committed earlier (a market's opening) may
   * still be on their way through Redis: the process hears them before the subscription starts.
   */
  async function subscribe<T>(app: TestApp, member: GivenMember, query: string, variables: Record<string, unknown> = {}) {
    await untilEarlierEventsHeard(app, instance.tenant.id, first);
    return clients.collect<T>(app, signedIn(member), query, variables);
  }

  const MARKET_UPDATED = 'subscription($ideaId: ID!) { marketUpdated(ideaId: $ideaId) { tradeCount volume } }';
  type MarketSeen = { marketUpdated: { tradeCount: number; volume: string } };
  const buy = (app: TestApp, member: GivenMember, ideaId: string) =>
    app.api.ok(
      BUY,
      { input: { ideaId, outcome: 'YES', spend: '5.00', idempotencyKey: `${ideaId}-${Math.random()}` } },
      { token: member.token },
    );

  it('fans out marketUpdated and notificationAdded through Redis, in order, across processes', async () => {
    const { ideaId } = await given.openMarket(instance);
    const [alice, bob] = await given.members(instance, 2);
    const topic = tenantTopic(instance.tenant.id, 'market', ideaId);
    const onFirst = await subscribe<MarketSeen>(first, alice, MARKET_UPDATED, { ideaId });
    await until(() => first.app.get(LivePubSub).subscriberCount(topic) === 1);
    expect(first.app.get(LivePubSub).connected).toBe(true);

    for (let i = 0; i < 8; i++) await buy(second, bob, ideaId);
    await until(() => onFirst.seen.length === 8);
    expect(onFirst.seen.map((e) => e.marketUpdated.tradeCount)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(onFirst.seen[7].marketUpdated.volume).toBe('40.00');

    // Bob comments, through the second process, on Alice's idea: she hears it on the first.
    const idea = await given.idea(instance, alice, { title: 'Heard through Redis' });
    const notices = await subscribe<{ notificationAdded: { kind: string; idea: { id: string } } }>(
      first,
      alice,
      'subscription { notificationAdded { kind idea { id } } }',
    );
    await until(() => first.app.get(LivePubSub).subscriberCount(tenantTopic(instance.tenant.id, 'notification', alice.id)) === 1);
    await second.api.ok(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { ideaId: idea.id, body: 'Carried by Redis to the other process.' } },
      { token: bob.token },
    );
    await until(() => notices.seen.length === 1);
    expect(notices.seen).toEqual([{ notificationAdded: { kind: 'IDEA_COMMENTED', idea: { id: idea.id } } }]);
    await onFirst.stop();
    await notices.stop();
  });

  it('loses nothing across a Redis restart: the subscriber catches up from live_events, once, in order', async () => {
    const { ideaId } = await given.openMarket(instance);
    const [alice, bob] = await given.members(instance, 2);
    const live = first.app.get(LivePubSub);
    const onFirst = await subscribe<MarketSeen>(first, alice, MARKET_UPDATED, { ideaId });
    await until(() => live.subscriberCount(tenantTopic(instance.tenant.id, 'market', ideaId)) === 1);
    await buy(second, bob, ideaId);
    await until(() => onFirst.seen.length === 1);

    await redis.stop();
    await until(() => !live.connected, 5_000);
    expect(live.connected).toBe(false);
    // Trades commit while Redis is down: their announcements go nowhere, so only the catch-up
    // from live_events can bring them.
    for (let i = 0; i < 3; i++) await buy(second, bob, ideaId);
    const caughtUpBefore = await caughtUp(first);
    await redis.start();

    await until(() => onFirst.seen.length >= 4, 20_000);
    await buy(second, bob, ideaId);
    // The later trade comes after anything the catch-up could repeat, so it shows that nothing was.
    await until(() => onFirst.seen.length >= 5, 10_000);
    expect(onFirst.seen.map((e) => e.marketUpdated.tradeCount)).toEqual([1, 2, 3, 4, 5]);
    expect((await caughtUp(first)) - caughtUpBefore).toBeGreaterThanOrEqual(3);
    expect(live.connected).toBe(true);
    await onFirst.stop();
  }, 60_000);
});
