#!/usr/bin/env node
// `npm run bench:trades`: trade throughput and latency through the GraphQL API of the built app on
// a fresh embedded PostgreSQL, across many markets and on one hot market, against a ceiling of the
// same ledger writes as raw SQL transactions on the same database. Not part of `npm test`.
//
//   npm run bench:trades -- --traders 32 --markets 100 --duration 10 --out tmp/bench-trades.json
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import marketOpening from '../tests/support/market-opening.cjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pg = require('pg');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
const OPERATOR = 'bench-operator-token';
const PASSWORD = 'correct horse battery staple';

function options(argv) {
  const named = { traders: 32, markets: 100, duration: 10, out: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in named)) throw new Error(`unknown option ${argv[i]} (use --traders, --markets, --duration, --out)`);
    named[name] = name === 'out' ? argv[i + 1] : Number(argv[i + 1]);
  }
  for (const name of ['traders', 'markets', 'duration']) {
    if (!Number.isFinite(named[name]) || named[name] <= 0) throw new Error(`--${name} must be a positive number`);
  }
  return named;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function startApp(dataDir) {
  const port = await freePort();
  // BENCH_PROFILE_DIR=<dir> writes a CPU profile of the app there when it stops (to find hot spots).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, MAIN], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      OPERATOR_TOKEN: OPERATOR,
      JWT_SECRET: 'bench-jwt-secret-that-is-long-enough',
      SIGNUP_LIMIT_PER_ADDRESS: '100000',
      SIGNUP_LIMIT_PER_ACCOUNT: '100000',
      LOGIN_LIMIT_PER_ADDRESS: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${errors}`);
    if (
      await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (Date.now() > deadline) throw new Error('the app did not become healthy');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, exited: new Promise((done) => child.on('exit', done)) };
}

async function gql(url, query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function appDatabaseUrl(dataDir) {
  const { appPassword } = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8'));
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgres://ix_app:${appPassword}@127.0.0.1:${port}/idea_exchange`;
}

/** An instance with a huge starting grant, N traders and M markets (the first is the hot one). */
async function seed(url, { traders, markets }) {
  const slug = `bench-${randomUUID().slice(0, 8)}`;
  const { createTenant } = await gql(
    url,
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
    {
      i: {
        slug,
        name: 'Benchmark',
        currencyName: 'Peas',
        public: true,
        adminEmail: 'admin@bench.gov.uk',
        adminPassword: PASSWORD,
        adminDisplayName: 'Admin',
      },
    },
    OPERATOR,
  );
  const tenantId = createTenant.id;
  const login = await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { token member { id } } }', {
    i: { tenantSlug: slug, email: 'admin@bench.gov.uk', password: PASSWORD },
  });
  const admin = login.logIn.token;
  await gql(url, 'mutation { updateTenantSettings(input: { startingGrant: "10000000.00" }) { id } }', {}, admin);
  const tokens = await Promise.all(
    Array.from({ length: traders }, (_, i) =>
      gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token member { id } } }', {
        i: { tenantSlug: slug, email: `trader${i}@bench.gov.uk`, password: PASSWORD, displayName: `Trader ${i}` },
      }).then((d) => ({ token: d.signUp.token, memberId: d.signUp.member.id })),
    ),
  );
  const call = (query, variables, token) => gql(url, query, variables, token);
  await marketOpening.lowerTeamingBar(call, admin);
  const lead = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { tenantSlug: slug, email: 'lead@bench.gov.uk', password: PASSWORD, displayName: 'Lead' },
  });
  const ideaIds = [];
  for (let i = 0; i < markets; i++) {
    ideaIds.push(
      await marketOpening.floatNewMarket(call, {
        leadToken: lead.signUp.token,
        supporterToken: admin,
        title: `Benchmark idea ${i}`,
        description: 'Benchmark idea',
      }),
    );
  }
  return { tenantId, traders: tokens, ideaIds };
}

const BUY = 'mutation($input: BuyInput!) { buyShares(input: $input) { id priceYesAfter balanceAfter } }';

const CLOCK_TICKS = 100;

/** CPU seconds used so far by the app process, by its PostgreSQL (postmaster and backends), and by this client. */
function cpuSeconds(appPid, postmasterPid) {
  const used = { app: 0, database: 0, client: 0 };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    if (pid === appPid) used.app += seconds;
    // The postmaster also carries the CPU of backends that have exited (cutime, cstime).
    else if (pid === postmasterPid) used.database += seconds + (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
    else if (ppid === postmasterPid) used.database += seconds;
  }
  const own = process.cpuUsage();
  used.client = (own.user + own.system) / 1e6;
  return used;
}

/** Runs `workers` loops of `trade` for `seconds`, after a short warm-up; returns rate, latencies and CPU per trade. */
async function measure(name, workers, seconds, trade, cpu) {
  const warmUntil = Date.now() + 1000;
  const endAt = warmUntil + seconds * 1000;
  const latencies = [];
  let cpuAtStart;
  const cpuTimer = setTimeout(() => (cpuAtStart = cpu()), 1000);
  let errors = 0;
  let firstError;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; Date.now() < endAt; i++) {
        const started = performance.now();
        try {
          await trade(w, i);
          if (started >= warmUntil - performance.timeOrigin) latencies.push(performance.now() - started);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  clearTimeout(cpuTimer);
  const cpuAtEnd = cpu();
  const perTrade = (part) =>
    cpuAtStart && latencies.length ? +(((cpuAtEnd[part] - cpuAtStart[part]) * 1000) / latencies.length).toFixed(2) : NaN;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  const result = {
    name,
    trades: latencies.length,
    tradesPerSecond: Math.round(latencies.length / seconds),
    p50: +at(0.5).toFixed(1),
    p95: +at(0.95).toFixed(1),
    p99: +at(0.99).toFixed(1),
    errors,
    cpuMsPerTrade: { app: perTrade('app'), database: perTrade('database'), client: perTrade('client') },
  };
  if (firstError) result.firstError = String(firstError.message ?? firstError).slice(0, 300);
  console.log(
    `${name.padEnd(26)} ${String(result.tradesPerSecond).padStart(6)} trades/s   p50 ${result.p50} ms   p95 ${result.p95} ms   p99 ${result.p99} ms   errors ${errors}` +
      `   CPU ms/trade: app ${result.cpuMsPerTrade.app}, db ${result.cpuMsPerTrade.database}, client ${result.cpuMsPerTrade.client}`,
  );
  return result;
}

/**
 * The ledger writes of one buy, as raw SQL in one transaction, the way the API issues them (same
 * statements, same locks, same pricing, the entry on the ledger's feed) but without HTTP,
 * GraphQL, auth or the ORM. The traders board that follows the feed runs in the app, after the
 * fact, in both cases.
 */
function rawTrade(db, lmsr, tenantId) {
  return async (memberId, ideaId, outcome) => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const key = randomUUID();
      const { rows: markets } = await client.query(
        `SELECT m.id, m.liquidity, m.shares_yes, m.shares_no, m.volume, t.id AS earlier FROM markets m
           LEFT JOIN trades t ON t.tenant_id = m.tenant_id AND t.member_id = $3 AND t.idempotency_key = $4
          WHERE m.tenant_id = $1 AND m.idea_id = $2 FOR UPDATE OF m`,
        [tenantId, ideaId, memberId, key],
      );
      const market = markets[0];
      const quote = lmsr.quoteBuySpend(
        { liquidity: BigInt(market.liquidity), sharesYes: BigInt(market.shares_yes), sharesNo: BigInt(market.shares_no) },
        outcome,
        100n,
      );
      const keys = [
        `issued:${market.id}:${outcome}`,
        `pool:${market.id}`,
        `position:${market.id}:${outcome}:${memberId}`,
        `wallet:${memberId}`,
      ];
      let { rows: accounts } = await client.query(
        'SELECT id, key, kind, balance FROM ledger_accounts WHERE tenant_id = $1 AND key = ANY($2::text[]) ORDER BY key FOR UPDATE',
        [tenantId, keys],
      );
      if (accounts.length < keys.length) {
        await client.query(
          `INSERT INTO ledger_accounts (tenant_id, key, kind, asset, member_id, market_id, outcome)
           VALUES ($1, $2, 'POSITION', $3, $4, $5, $6), ($1, $7, 'SHARES_ISSUED', $3, NULL, $5, $6)
           ON CONFLICT (tenant_id, key) DO NOTHING`,
          [tenantId, keys[2], `${market.id}:${outcome}`, memberId, market.id, outcome, keys[0]],
        );
        ({ rows: accounts } = await client.query(
          'SELECT id, key, kind, balance FROM ledger_accounts WHERE tenant_id = $1 AND key = ANY($2::text[]) ORDER BY key FOR UPDATE',
          [tenantId, keys],
        ));
      }
      const byKey = new Map(accounts.map((a) => [a.key, a]));
      const deltas = [-quote.shares, quote.cost, quote.shares, -quote.cost];
      const ids = keys.map((k) => byKey.get(k).id);
      const after = keys.map((k, i) => (BigInt(byKey.get(k).balance) + deltas[i]).toString());
      const { rows: entry } = await client.query(
        `WITH entry AS (
           INSERT INTO journal_entries (tenant_id, kind, reason, member_id, idea_id) VALUES ($1, 'TRADE', 'Bought (raw SQL)', $2, $3) RETURNING id
         ), moved AS (
           INSERT INTO postings (tenant_id, entry_id, account_id, amount, balance_after)
           SELECT $1, entry.id, p.account_id, p.amount, p.balance_after
             FROM entry, unnest($4::uuid[], $5::bigint[], $6::bigint[]) AS p(account_id, amount, balance_after)
         ), applied AS (
           UPDATE ledger_accounts a SET balance = a.balance + p.amount
             FROM unnest($4::uuid[], $5::bigint[]) AS p(account_id, amount) WHERE a.tenant_id = $1 AND a.id = p.account_id
         ), fed AS (
           INSERT INTO ledger_feed (tenant_id, entry_id) SELECT $1, entry.id FROM entry
         ) SELECT id FROM entry`,
        [tenantId, memberId, ideaId, ids, deltas.map(String), after],
      );
      await client.query(
        `WITH recorded AS (
           INSERT INTO trades (tenant_id, market_id, member_id, entry_id, outcome, shares, cost, price_yes_after, balance_after, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
         ), moved AS (
           UPDATE markets SET shares_yes = $11, shares_no = $12, price_yes = $8, volume = volume + $7, trade_count = trade_count + 1
            WHERE tenant_id = $1 AND id = $2
         ) SELECT id FROM recorded`,
        [
          tenantId,
          market.id,
          memberId,
          entry[0].id,
          outcome,
          quote.shares.toString(),
          quote.cost.toString(),
          quote.priceYesAfter,
          after[3],
          key,
          quote.after.sharesYes.toString(),
          quote.after.sharesNo.toString(),
        ],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(MAIN)) {
    console.log('building the API (npm run build:api) ...');
    const build = spawnSync('npm', ['run', '--silent', 'build:api'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(1);
  }
  const lmsr = require(join(root, 'dist/api/libs/market-maker/src/index.js'));
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`traders ${opts.traders}, markets ${opts.markets}, ${opts.duration} s per phase (after 1 s warm-up)\n`);

  const dataDir = mkdtempSync(join(tmpdir(), 'ix-bench-'));
  const app = await startApp(dataDir);
  const db = new pg.Pool({ connectionString: appDatabaseUrl(dataDir), max: 20 });
  try {
    const world = await seed(app.url, opts);
    const hot = world.ideaIds[0];
    const pick = (w, i) => world.ideaIds[(w * 7919 + i * 104729) % world.ideaIds.length];
    const outcome = (w, i) => ((w + i) % 2 === 0 ? 'YES' : 'NO');
    const apiTrade = (ideaOf) => (w, i) => {
      const trader = world.traders[w % world.traders.length];
      return gql(
        app.url,
        BUY,
        { input: { ideaId: ideaOf(w, i), outcome: outcome(w, i), spend: '1.00', idempotencyKey: randomUUID() } },
        trader.token,
      );
    };
    const raw = rawTrade(db, lmsr, world.tenantId);
    const rawTradeOf = (ideaOf) => (w, i) => raw(world.traders[w % world.traders.length].memberId, ideaOf(w, i), outcome(w, i));

    const postmasterPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const cpu = () => cpuSeconds(app.child.pid, postmasterPid);
    const results = [];
    // The floor of the stack: an empty GraphQL request (no sign-in, no database) at the same concurrency.
    const floor = await measure(
      'GraphQL floor ({ __typename })',
      opts.traders,
      Math.min(opts.duration, 5),
      () => gql(app.url, '{ __typename }'),
      cpu,
    );
    results.push(await measure(`API, ${opts.markets} markets`, opts.traders, opts.duration, apiTrade(pick), cpu));
    results.push(
      await measure(
        'API, one hot market',
        opts.traders,
        opts.duration,
        apiTrade(() => hot),
        cpu,
      ),
    );
    results.push(await measure(`raw SQL, ${opts.markets} markets`, opts.traders, opts.duration, rawTradeOf(pick), cpu));
    results.push(
      await measure(
        'raw SQL, one hot market',
        opts.traders,
        opts.duration,
        rawTradeOf(() => hot),
        cpu,
      ),
    );

    const ratio = (a, b) => +(a.tradesPerSecond / b.tradesPerSecond).toFixed(2);
    const ratios = { acrossMarkets: ratio(results[0], results[2]), hotMarket: ratio(results[1], results[3]) };
    console.log(
      `\nAPI / raw SQL: ${Math.round(ratios.acrossMarkets * 100)}% across markets, ${Math.round(ratios.hotMarket * 100)}% on the hot market`,
    );

    const admin = await gql(app.url, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: {
        tenantSlug: (await db.query('SELECT slug FROM tenants WHERE id = $1', [world.tenantId])).rows[0].slug,
        email: 'admin@bench.gov.uk',
        password: PASSWORD,
      },
    });
    const { ledgerAudit } = await gql(app.url, '{ ledgerAudit { balanced entries problems } }', {}, admin.logIn.token);
    console.log(`ledger audit after the run: balanced ${ledgerAudit.balanced}, ${ledgerAudit.entries} entries`);

    const report = {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, model: cpus()[0]?.model, node: process.version },
      options: { traders: opts.traders, markets: opts.markets, duration: opts.duration },
      results,
      floor,
      ratios,
      audit: ledgerAudit,
      targets: {
        acrossMarkets: results[0].tradesPerSecond >= 400 && results[0].p99 < 150,
        hotMarket: results[1].tradesPerSecond >= 150,
        apiShareOfCeiling: ratios.acrossMarkets >= 0.4,
      },
    };
    if (opts.out) {
      mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`figures written to ${opts.out}`);
    }
  } finally {
    await db.end();
    app.child.kill('SIGTERM');
    await app.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
