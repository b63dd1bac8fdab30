import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLClient } from '../../apps/api/src/testing/graphql-client';
import { audit, BUY, MARKET } from '../../apps/api/src/testing/market-operations';
import { until } from '../../apps/api/src/testing/until';
import { floatNewMarket, lowerTeamingBar } from '../support/market-opening.cjs';
import { Cluster, OPERATOR } from './cluster-harness';

const PASSWORD = 'correct horse battery staple';
/** The data folder is a filesystem of this size, so the disk-full drill can fill it for real. */
const DISK_MB = 192;

interface Answer {
  status: number;
  body: string;
  code?: string;
}

/** One HTTP request to the balancer, recorded exactly as the client saw it (network errors as status 0). */
async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await response.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    return { status: response.status, body, code };
  } catch {
    return { status: 0, body: '' };
  }
}

/** The subscriptions the replicas hold between them, as their /metrics tell. */
async function liveSubscribers(cluster: Cluster): Promise<number> {
  let total = 0;
  for (const replica of cluster.replicas) {
    const metrics = await fetch(`${replica.url}/metrics`).then((r) => r.text());
    total += Number(/^ix_live_subscribers (\d+)$/m.exec(metrics)?.[1] ?? 0);
  }
  return total;
}

/** Nothing a client sees may be a fault of ours, a stack trace or SQL. */
function expectNoFault(answers: Answer[]): void {
  const faults = answers.filter(
    (a) =>
      a.status === 500 || a.code === 'INTERNAL_SERVER_ERROR' || /\n\s+at |\.js:\d+|\bSELECT\b|\bINSERT\b|QueryFailedError/.test(a.body),
  );
  expect(faults).toEqual([]);
}

/**
 * The three fault drills of running replicas behind a balancer, against two API processes
 * behind nginx on one PostgreSQL whose data folder is a small filesystem of its own.
 */
describe('fault drills: two processes behind the balancer', () => {
  const dataDir = mkdtempSync(join('/tmp', 'ix-drills-'));
  let mounted = false;
  let cluster: Cluster;
  let api: GraphQLClient;
  let admin: { token: string };
  let traders: string[];
  let ideaId: string;
  let slug: string;
  const answers: Answer[] = [];

  /** A client that retries a trade by its idempotency key until it is acknowledged. */
  const tradeUntilAcknowledged = async (token: string, input: Record<string, unknown>) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await post(cluster.url, BUY, { input }, token);
      answers.push(answer);
      if (answer.status === 200 && !answer.code) return (JSON.parse(answer.body) as { data: { buyShares: { id: string } } }).data.buyShares;
      if (answer.status !== 0 && answer.status !== 502 && answer.status !== 503)
        throw new Error(`trade refused: ${answer.status} ${answer.body}`);
      if (Date.now() > deadline) throw new Error('a trade was never acknowledged');
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    // As root, a tmpfs of its own; the embedded PostgreSQL's "postgres" user must reach it.
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m,mode=0711`, 'tmpfs', dataDir]);
    mounted = true;
    cluster = await Cluster.start(dataDir);
    api = new GraphQLClient(`${cluster.url}/graphql`);
    slug = `drill-${randomUUID().slice(0, 8)}`;
    await api.ok(
      `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`,
      {
        i: {
          slug,
          name: 'Drills',
          currencyName: 'Peas',
          public: true,
          adminEmail: 'admin@drill.gov.uk',
          adminPassword: PASSWORD,
          adminDisplayName: 'Admin',
        },
      },
      { token: OPERATOR },
    );
    const session = async (email: string, op: 'signUp' | 'logIn') => {
      const input =
        op === 'signUp'
          ? { tenantSlug: slug, email, password: PASSWORD, displayName: email.split('@')[0] }
          : { tenantSlug: slug, email, password: PASSWORD };
      const data = await api.ok<Record<string, { token: string }>>(
        `mutation($i: ${op === 'signUp' ? 'SignUpInput' : 'LogInInput'}!) { ${op}(input: $i) { token } }`,
        { i: input },
      );
      return data[op].token;
    };
    admin = { token: await session('admin@drill.gov.uk', 'logIn') };
    traders = [];
    for (let i = 0; i < 6; i++) traders.push(await session(`trader${i}@drill.gov.uk`, 'signUp'));
    const call = (query: string, variables: Record<string, unknown>, token: string) => api.ok(query, variables, { token });
    await lowerTeamingBar(call, admin.token);
    ideaId = await floatNewMarket(call, {
      leadToken: await session('lead@drill.gov.uk', 'signUp'),
      supporterToken: admin.token,
      title: 'Drill idea',
      description: 'Traded through every drill',
    });
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    if (mounted) execFileSync('umount', ['-l', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps serving through kill -9 of one process: retried trades are neither lost nor doubled, subscribers reconnect', async () => {
    const subscribers: Array<{ client: Client; seen: number[] }> = [];
    for (let i = 0; i < 4; i++) {
      const seen: number[] = [];
      const client = createClient({
        url: `${cluster.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${traders[i]}` },
        retryAttempts: 50,
        retryWait: () => new Promise((r) => setTimeout(r, 200)),
        shouldRetry: () => true,
      });
      client.subscribe<{ marketUpdated: { tradeCount: number } }>(
        { query: 'subscription($id: ID!) { marketUpdated(ideaId: $id) { tradeCount } }', variables: { id: ideaId } },
        {
          next: (event) => event.data && seen.push(event.data.marketUpdated.tradeCount),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      subscribers.push({ client, seen });
    }
    // Every subscription in place before the first trade, so that each subscriber hears from the start.
    await until(async () => (await liveSubscribers(cluster)) >= subscribers.length);
    expect(await liveSubscribers(cluster)).toBeGreaterThanOrEqual(subscribers.length);
    const before = (await api.ok<{ market: { tradeCount: number } }>(MARKET, { ideaId }, admin)).market.tradeCount;

    const acknowledged: string[] = [];
    const perTrader = 12;
    let killedAt = -1;
    const trader = async (token: string) => {
      for (let i = 0; i < perTrader; i++) {
        const trade = await tradeUntilAcknowledged(token, { ideaId, outcome: 'YES', spend: '1.00', idempotencyKey: randomUUID() });
        acknowledged.push(trade.id);
        if (acknowledged.length === 20 && killedAt < 0) {
          killedAt = acknowledged.length;
          cluster.replicas[0].child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(traders.map(trader));

    expect(killedAt).toBe(20);
    expect(acknowledged).toHaveLength(traders.length * perTrader);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    const after = (await api.ok<{ market: { tradeCount: number } }>(MARKET, { ideaId }, admin)).market.tradeCount;
    expect(after - before).toBe(acknowledged.length);
    expect(await audit(api, admin)).toMatchObject({ balanced: true, problems: [] });
    expectNoFault(answers);

    // Every subscriber, including those whose process died, is back and hears the latest trade, in order.
    await tradeUntilAcknowledged(traders[5], { ideaId, outcome: 'NO', spend: '1.00', idempotencyKey: randomUUID() });
    await until(() => subscribers.every((s) => s.seen.at(-1) === after + 1), 15_000);
    for (const { seen } of subscribers) {
      expect(seen.at(-1)).toBe(after + 1);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    }
    for (const { client } of subscribers) await client.dispose();
    await cluster.restartReplica(0);
  }, 120_000);

  it('answers HTTP 503 SERVICE_UNAVAILABLE while PostgreSQL restarts, and recovers without restarting the API', async () => {
    const pids = cluster.replicas.map((r) => r.child.pid);
    const seen: Answer[] = [];
    let running = true;
    const reader = (async () => {
      while (running) {
        seen.push(await post(cluster.url, MARKET, { ideaId }, traders[0]));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // The reader has been answered while the database is up, before it goes away.
    await until(() => seen.some((a) => a.status === 200));
    await cluster.stopDatabase();

    const away = await post(
      cluster.url,
      BUY,
      { input: { ideaId, outcome: 'YES', spend: '1.00', idempotencyKey: randomUUID() } },
      traders[1],
    );
    expect(away).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    for (const replica of cluster.replicas) {
      expect((await fetch(`${replica.url}/health/ready`)).status).toBe(503);
      expect((await fetch(`${replica.url}/health`)).status).toBe(200);
    }
    // The reader has been refused while the database is away, before it comes back.
    await until(() => seen.some((a) => a.status === 503));
    await cluster.startDatabase();

    const trade = await tradeUntilAcknowledged(traders[1], { ideaId, outcome: 'YES', spend: '1.00', idempotencyKey: randomUUID() });
    expect(trade.id).toEqual(expect.any(String));
    running = false;
    await reader;
    for (const replica of cluster.replicas) expect((await fetch(`${replica.url}/health/ready`)).status).toBe(200);
    expect(cluster.replicas.map((r) => r.child.pid)).toEqual(pids);
    expect(seen.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    for (const answer of seen) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) expect(answer.code).toBe('SERVICE_UNAVAILABLE');
    }
    expectNoFault(seen);
    expect(await audit(api, admin)).toMatchObject({ balanced: true, problems: [] });
  }, 120_000);

  it('refuses writes with typed errors while the data folder is full, writes nothing by half, and recovers when space returns', async () => {
    // Fill the data folder's filesystem to the last byte.
    const filler = join(dataDir, 'filler');
    const fd = openSync(filler, 'w');
    for (const size of [1 << 20, 1 << 12, 1 << 9, 1]) {
      const chunk = Buffer.alloc(size);
      try {
        for (;;) writeSync(fd, chunk);
      } catch {
        // ENOSPC at this chunk size: go on with a smaller one.
      }
    }
    closeSync(fd);
    const filledAt = Date.now();

    const joiners = Array.from({ length: 12 }, (_, i) => `joiner${i}-${randomUUID().slice(0, 6)}@drill.gov.uk`);
    const tenantSlug = slug;
    const full: Answer[] = [];
    for (const email of joiners) {
      full.push(
        await post(cluster.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
          i: { tenantSlug, email, password: PASSWORD, displayName: 'Joiner' },
        }),
      );
    }
    for (let i = 0; i < 8; i++) {
      full.push(
        await post(cluster.url, BUY, { input: { ideaId, outcome: 'NO', spend: '1.00', idempotencyKey: randomUUID() } }, traders[2]),
      );
    }
    expectNoFault(full);
    for (const answer of full)
      expect(answer.status === 200 && !answer.code ? 'ok' : `${answer.status} ${answer.code}`).toMatch(/^(ok|503 SERVICE_UNAVAILABLE)$/);
    const refused = full.filter((a) => a.code === 'SERVICE_UNAVAILABLE');
    process.stdout.write(
      `disk full: ${refused.length} of ${full.length} writes refused as SERVICE_UNAVAILABLE in ${Date.now() - filledAt} ms\n`,
    );
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) expect(answer.status).toBe(503);

    // Space returns: the same sign-ups now succeed, exactly once each; the books still balance.
    rmSync(filler);
    const deadline = Date.now() + 30_000;
    for (const [i, email] of joiners.entries()) {
      const first = full[i];
      for (;;) {
        const login = await post(cluster.url, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
          i: { tenantSlug, email, password: PASSWORD },
        });
        if (login.status === 200 && !login.code) {
          // Joined before or during the full disk: only if that answer said so.
          if (first.status === 200 && !first.code) break;
          throw new Error(`a refused sign-up left a member behind: ${email}`);
        }
        const again = await post(cluster.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
          i: { tenantSlug, email, password: PASSWORD, displayName: 'Joiner' },
        });
        if (again.status === 200 && !again.code) break;
        if (Date.now() > deadline) throw new Error(`no recovery: ${again.status} ${again.body}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect(await audit(api, admin)).toMatchObject({ balanced: true, problems: [] });
  }, 180_000);
});
