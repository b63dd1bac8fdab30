import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { GraphQLClient } from '../../apps/api/src/testing/graphql-client';
import { audit, BUY, SELL, type TradeResult } from '../../apps/api/src/testing/market-operations';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { floatNewMarket, lowerTeamingBar } from '../support/market-opening.cjs';
import { connectAppDatabase, inTenant } from './app-database';

const OPERATOR = 'fault-suite-operator-token-long-enough';
const PASSWORD = 'correct horse battery staple';

interface Sent {
  token: string;
  query: string;
  input: Record<string, unknown>;
  acknowledged?: TradeResult;
}

/**
 * Invariant 4 against a crash: kill -9 the API in the middle of a burst of trades, restart it on
 * the same data, and every trade a client saw acknowledged is there, whole, and the books balance.
 */
describe('trading through a crash of the API process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-trade-crash-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR,
    JWT_SECRET: 'fault-suite-jwt-secret-long-enough',
    SIGNUP_LIMIT_PER_ADDRESS: '10000',
    SIGNUP_LIMIT_PER_ACCOUNT: '10000',
  };
  let app: AppProcess;
  let sql: Client | undefined;

  afterAll(async () => {
    await sql?.end();
    if (app && app.child.exitCode === null) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged trade, nothing half-written, and balanced books', async () => {
    app = await startAppProcess(env, await freePort());
    let api = new GraphQLClient(`${app.url}/graphql`);

    // An instance, its admin, eight traders and two markets.
    const slug = `crash-${randomUUID().slice(0, 8)}`;
    const { createTenant } = await api.ok<{ createTenant: { id: string } }>(
      `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`,
      {
        i: {
          slug,
          name: 'Crash test',
          currencyName: 'Peas',
          public: true,
          adminEmail: 'admin@crash.gov.uk',
          adminPassword: PASSWORD,
          adminDisplayName: 'Admin',
        },
      },
      { token: OPERATOR },
    );
    const session = (email: string, op: 'signUp' | 'logIn') =>
      api
        .ok<Record<string, { token: string }>>(
          `mutation($i: ${op === 'signUp' ? 'SignUpInput' : 'LogInInput'}!) { ${op}(input: $i) { token } }`,
          {
            i:
              op === 'signUp'
                ? { tenantSlug: slug, email, password: PASSWORD, displayName: email.split('@')[0] }
                : { tenantSlug: slug, email, password: PASSWORD },
          },
        )
        .then((data) => data[op].token);
    const admin = { token: await session('admin@crash.gov.uk', 'logIn') };
    const traders: string[] = [];
    for (let i = 0; i < 8; i++) traders.push(await session(`trader${i}@crash.gov.uk`, 'signUp'));
    const call = (query: string, variables: Record<string, unknown>, token: string) => api.ok(query, variables, { token });
    await lowerTeamingBar(call, admin.token);
    const lead = await session('lead@crash.gov.uk', 'signUp');
    const ideaIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      ideaIds.push(
        await floatNewMarket(call, {
          leadToken: lead,
          supporterToken: admin.token,
          title: `Crash idea ${i}`,
          description: 'To trade through a crash',
        }),
      );
    }

    // A burst of trades from 16 concurrent clients; kill -9 once 60 have been acknowledged.
    const sent: Sent[] = [];
    let stop = false;
    const started = Date.now();
    const killed = new Promise<void>((done) => {
      const check = setInterval(() => {
        if (sent.filter((s) => s.acknowledged).length >= 60 || Date.now() - started > 30_000) {
          clearInterval(check);
          app.child.kill('SIGKILL');
          stop = true;
          done();
        }
      }, 2);
    });
    const client = async (c: number) => {
      for (let i = 0; !stop; i++) {
        const sell = i % 4 === 3;
        const order: Sent = {
          token: traders[c % traders.length],
          query: sell ? SELL : BUY,
          input: sell
            ? { ideaId: ideaIds[c % 2], outcome: 'YES', shares: '0.50', idempotencyKey: randomUUID() }
            : { ideaId: ideaIds[(c + i) % 2], outcome: i % 3 === 0 ? 'NO' : 'YES', spend: '2.00', idempotencyKey: randomUUID() },
        };
        sent.push(order);
        const result = await api
          .request<{ buyShares?: TradeResult; sellShares?: TradeResult }>(order.query, { input: order.input }, { token: order.token })
          .catch(() => undefined);
        const trade = result?.data?.buyShares ?? result?.data?.sellShares;
        if (trade) order.acknowledged = trade;
      }
    };
    await Promise.all([killed, ...Array.from({ length: 16 }, (_, c) => client(c))]);
    await app.exited;
    const acknowledged = sent.filter((s) => s.acknowledged);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // Restart on the same data: the app shuts down the orphaned PostgreSQL itself.
    app = await startAppProcess(env, await freePort());
    api = new GraphQLClient(`${app.url}/graphql`);
    const checking = await connectAppDatabase(dataDir);
    sql = checking;
    const stored = await inTenant(checking, createTenant.id, async () => ({
      trades: (await checking.query<{ id: string }>('SELECT id FROM trades')).rows,
      entries: (await checking.query<{ n: number }>(`SELECT count(*)::int AS n FROM journal_entries WHERE kind = 'TRADE'`)).rows[0].n,
      counted: (await checking.query<{ n: number }>('SELECT coalesce(sum(trade_count), 0)::int AS n FROM markets')).rows[0].n,
    }));

    // Every acknowledged trade is stored; every stored trade is whole (its entry, its count).
    const ids = new Set(stored.trades.map((t) => t.id));
    for (const order of acknowledged) expect(ids.has(order.acknowledged?.id ?? 'missing')).toBe(true);
    expect(stored.entries).toBe(stored.trades.length);
    expect(stored.counted).toBe(stored.trades.length);
    expect(await audit(api, admin)).toMatchObject({ balanced: true, problems: [] });

    // A client retrying after the crash gets the first trade back, and nothing moves twice.
    for (const order of acknowledged.slice(0, 10)) {
      const retry = await api.ok<{ buyShares?: TradeResult; sellShares?: TradeResult }>(
        order.query,
        { input: order.input },
        { token: order.token },
      );
      expect(retry.buyShares ?? retry.sellShares).toEqual(order.acknowledged);
    }
    expect(await audit(api, admin)).toMatchObject({ balanced: true, entries: expect.any(Number) });

    await checking.end();
    sql = undefined;
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  }, 240_000);
});
