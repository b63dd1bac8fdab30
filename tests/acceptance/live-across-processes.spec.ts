import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import type { Given, GivenMarket, GivenMember, GivenTenant } from '../../apps/api/src/testing/given';
import { GraphQLClient } from '../../apps/api/src/testing/graphql-client';
import { BUY, MARKET } from '../../apps/api/src/testing/market-operations';
import { REDIS_SERVER, RedisProcess, redisServerInstalled } from '../../apps/api/src/testing/redis-process';
import { eventually, until } from '../../apps/api/src/testing/until';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { BrowserSpec } from '../support/browser-spec';
import { heading, type TestBrowser } from '../support/web-browser';

/** The test app's secret, so the factories' tokens are good on the processes too. */
const JWT_SECRET = 'test-jwt-secret-that-is-long-enough';
/** PostgreSQL NOTIFY carries the fan-out by default; Redis when REDIS_URL is set (if installed). */
const TRANSPORTS: Array<{ transport: string }> = [
  { transport: 'PostgreSQL NOTIFY' },
  ...(redisServerInstalled() ? [{ transport: 'Redis pub/sub' }] : []),
];
if (!redisServerInstalled()) process.stderr.write(`skipping the Redis case: ${REDIS_SERVER} is not installed\n`);

/** A probability as the pages show it: "63.2%". */
const chance = (priceYes: number) => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(priceYes);

/**
 * Two API processes on one database, a browser on each: what happens through one process shows
 * in a browser connected to the other, live, without a reload.
 */
describe.each(TRANSPORTS)('live updates in browsers connected to different processes, over $transport', ({ transport }) => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-live-web-'));
  let given: Given;
  let instance: GivenTenant;
  let browser: TestBrowser;
  const processes: AppProcess[] = [];
  let redis: RedisProcess | undefined;

  beforeAll(async () => {
    ({ given, instance, browser } = spec);
    if (transport.startsWith('Redis')) {
      redis = new RedisProcess(await freePort());
      await redis.start();
    }
    const webDist = resolve(process.env.IX_TEST_WEB_DIST ?? resolve(__dirname, '../../dist/web'));
    // Ports free now, so that runs side by side do not collide.
    for (const i of [0, 1]) {
      const port = await freePort();
      processes.push(
        await startAppProcess(
          {
            DATA_DIR: join(dataDir, `app-${i}`),
            DATABASE_URL: process.env.IX_TEST_APP_URL ?? '',
            MIGRATION_DATABASE_URL: process.env.IX_TEST_OWNER_URL ?? '',
            WEB_DIST: webDist,
            JWT_SECRET,
            OPERATOR_TOKEN: 'live-web-operator-token-long-enough',
            SEED_DEMO: 'false',
            LOG_LEVEL: 'warn',
            ...(redis ? { REDIS_URL: redis.url } : {}),
          },
          port,
        ),
      );
    }
  }, 120_000);

  afterAll(async () => {
    for (const app of processes) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    await redis?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const on = (app: AppProcess, path: string) => `${app.url}/${instance.slug}${path}`;
  const api = (app: AppProcess) => new GraphQLClient(`${app.url}/graphql`);
  const chanceShown = (page: Page, expected: string) =>
    page.getByTestId('market-section').locator('[data-testid="market-chance"]', { hasText: expected }).waitFor({ timeout: 10_000 });

  /** The subscriptions a process holds, as its /metrics tells. */
  const liveSubscribers = async (app: AppProcess) =>
    Number(/^ix_live_subscribers (\d+)$/m.exec(await (await fetch(`${app.url}/metrics`)).text())?.[1] ?? 0);

  async function watchIdea(app: AppProcess, member: GivenMember, market: GivenMarket, title: string): Promise<Page> {
    const page = await browser.signedIn(on(app, ''), member);
    await page.goto(on(app, `/ideas/${market.ideaId}`));
    await heading(page, title);
    await page.getByTestId('market-section').getByTestId('market-chance').waitFor();
    return page;
  }

  it('shows a trade made through the other process in both browsers, and a notification across processes', async () => {
    const [first, second] = processes;
    const title = 'Watched from two processes';
    const market = await given.openMarket(instance, { title });
    const [alice, bob, carol] = await given.members(instance, 3);
    const onFirst = await watchIdea(first, alice, market, title);
    const onSecond = await watchIdea(second, bob, market, title);
    await eventually(async () => expect(await onFirst.getByTestId('market-chance').innerText()).toBe(chance(0.5)));
    // Each page follows its market and its member's notifications: two subscriptions on each
    // process. The trade must come after they are in place, or nothing would tell the pages of it.
    await until(async () => (await liveSubscribers(first)) === 2 && (await liveSubscribers(second)) === 2);
    expect([await liveSubscribers(first), await liveSubscribers(second)]).toEqual([2, 2]);
    // A mark on each window that a reload would wipe.
    for (const page of [onFirst, onSecond]) await page.evaluate(() => Object.assign(globalThis, { ixSameLoad: true }));

    // Carol trades through the second process; Alice's browser is on the first.
    await api(second).ok(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'YES', spend: '40.00', idempotencyKey: randomUUID() } },
      { token: carol.token },
    );
    const after = (await api(first).ok<{ market: { priceYes: number } }>(MARKET, { ideaId: market.ideaId }, { token: carol.token })).market;
    expect(after.priceYes).toBeGreaterThan(0.5);
    await chanceShown(onFirst, chance(after.priceYes));
    await chanceShown(onSecond, chance(after.priceYes));
    // Still the same page load: the price came over the live connection (the page does not poll).
    for (const page of [onFirst, onSecond])
      expect(await page.evaluate(() => (globalThis as { ixSameLoad?: boolean }).ixSameLoad)).toBe(true);

    // Bob comments, through the second process, on Alice's idea; her header on the first counts it
    // well before its 30-second poll would.
    const idea = await given.idea(instance, alice, { title: 'Alice’s own idea' });
    const asked = Date.now();
    await api(second).ok(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { ideaId: idea.id, body: 'Seen from the other process.' } },
      { token: bob.token },
    );
    await onFirst.getByRole('link', { name: /^Notifications \(1\) unread$/ }).waitFor({ timeout: 10_000 });
    expect(Date.now() - asked).toBeLessThan(10_000);
  }, 120_000);
});
