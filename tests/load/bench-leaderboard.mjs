#!/usr/bin/env node
// `npm run bench:leaderboard`: leaderboard read times on a big instance. Builds and starts the
// app on a fresh embedded PostgreSQL, creates an instance through the API, bulk-loads members,
// ideas, markets and trades into the app's own tables (with the ledger entries, positions and
// leaderboard aggregates the app would have written), checks the aggregates against the ledger,
// then times leaderboard(first: 50) and myRank over HTTP for every kind and period.
// Not part of `npm test`.
//
//   npm run bench:leaderboard -- --members 100000 --trades 1000000 --runs 100 --out tmp/bench-leaderboard.json
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedInstance } from './bench-leaderboard.seed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pg = require('pg');
const argon2 = require('argon2');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
const OPERATOR = 'bench-operator-token-that-is-long-enough';
const PASSWORD = 'correct horse battery staple';
const KINDS = ['INNOVATORS', 'TRADERS', 'RECRUITERS', 'TEAMS'];
const PERIODS = ['WEEK', 'MONTH', 'ALL_TIME'];

function options(argv) {
  const named = { members: 100_000, trades: 1_000_000, markets: 1_000, runs: 100, out: undefined, build: 'yes' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in named)) throw new Error(`unknown option ${argv[i]} (use --members, --trades, --markets, --runs, --out, --build no)`);
    named[name] = name === 'out' || name === 'build' ? argv[i + 1] : Number(argv[i + 1]);
  }
  for (const name of ['members', 'trades', 'markets', 'runs']) {
    if (!Number.isInteger(named[name]) || named[name] <= 0) throw new Error(`--${name} must be a positive whole number`);
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
  const child = spawn(process.execPath, [MAIN], {
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
      LOGIN_LIMIT_PER_ADDRESS: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 90_000; ;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${errors}`);
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
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

function superUrl(dataDir) {
  const { superPassword } = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8'));
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgres://postgres:${superPassword}@127.0.0.1:${port}/idea_exchange`;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(runs, work) {
  for (let i = 0; i < Math.min(10, runs); i++) await work();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples[samples.length - 1]) };
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.build !== 'no') {
    const built = spawnSync('npm', ['run', 'build:api'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('npm run build:api failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-bench-leaderboard-'));
  const app = await startApp(dataDir);
  const db = new pg.Client({ connectionString: superUrl(dataDir) });
  try {
    const slug = `bench-${randomUUID().slice(0, 8)}`;
    const { createTenant } = await gql(
      app.url,
      'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
      {
        i: {
          slug,
          name: 'Leaderboard benchmark',
          currencyName: 'Peas',
          public: false,
          adminEmail: 'admin@bench.gov.uk',
          adminPassword: PASSWORD,
          adminDisplayName: 'Admin',
        },
      },
      OPERATOR,
    );
    await db.connect();
    const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const seedStarted = Date.now();
    const seeded = await seedInstance(db, { tenantId: createTenant.id, passwordHash, ...opts });
    const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
    process.stderr.write(`seeded in ${seedSeconds} s; checking the aggregates against the ledger\n`);
    const check = await consistency(db, createTenant.id);
    if (check.mismatches !== 0 || !check.balanced) throw new Error(`inconsistent seed: ${JSON.stringify(check)}`);

    const admin = await gql(app.url, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { tenantSlug: slug, email: 'admin@bench.gov.uk', password: PASSWORD },
    });
    const member = await gql(app.url, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { tenantSlug: slug, email: seeded.middleMemberEmail, password: PASSWORD },
    });
    const results = [];
    for (const kind of KINDS) {
      for (const period of PERIODS) {
        const top = await time(opts.runs, () =>
          gql(
            app.url,
            'query($k: LeaderboardKind!, $p: Period) { leaderboard(kind: $k, period: $p, first: 50) { rank score member { id displayName } } }',
            { k: kind, p: period },
            admin.logIn.token,
          ),
        );
        const mine = await time(opts.runs, () =>
          gql(
            app.url,
            'query($k: LeaderboardKind!, $p: Period) { myRank(kind: $k, period: $p) { rank score } }',
            { k: kind, p: period },
            member.logIn.token,
          ),
        );
        const rows = await db.query(
          `SELECT count(*)::int AS n FROM leaderboard_scores WHERE tenant_id = $1 AND board = $2 AND period = $3
              AND period_start = CASE $3 WHEN 'ALL_TIME' THEN DATE '1970-01-01' WHEN 'MONTH' THEN date_trunc('month', now() AT TIME ZONE 'UTC')::date
                                 ELSE date_trunc('week', now() AT TIME ZONE 'UTC')::date END`,
          [createTenant.id, kind, period],
        );
        results.push({ kind, period, ranked: rows.rows[0].n, top50: top, myRank: mine });
        process.stderr.write(
          `${kind.padEnd(10)} ${period.padEnd(8)} top 50 p50 ${top.p50} ms p95 ${top.p95} ms; myRank p50 ${mine.p50} ms p95 ${mine.p95} ms\n`,
        );
      }
    }
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, loadBefore: loadavg() },
      command: `npm run bench:leaderboard -- ${process.argv.slice(2).join(' ')}`.trim(),
      seeded: { ...seeded.counts, seconds: seedSeconds },
      consistency: check,
      runsPerQuery: opts.runs,
      results,
    };
    console.log(JSON.stringify(report, null, 2));
    if (opts.out) {
      mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      writeFileSync(opts.out, JSON.stringify(report, null, 2));
    }
  } finally {
    await db.end().catch(() => undefined);
    app.child.kill('SIGTERM');
    await app.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every member's TRADERS all-time score equals their wallet plus positions marked at current prices. */
async function consistency(db, tenantId) {
  const mismatches = await db.query(
    `WITH worth AS (
       SELECT a.member_id, sum(CASE WHEN a.kind = 'WALLET' THEN a.balance
                                    ELSE floor(a.balance::double precision * CASE a.outcome WHEN 'YES' THEN m.price_yes ELSE 1 - m.price_yes END)::bigint END) AS net
         FROM ledger_accounts a LEFT JOIN markets m ON m.tenant_id = a.tenant_id AND m.id = a.market_id
        WHERE a.tenant_id = $1 AND a.kind IN ('WALLET', 'POSITION')
        GROUP BY a.member_id)
     SELECT count(*)::int AS n FROM worth w
       FULL JOIN (SELECT member_id, score FROM leaderboard_scores WHERE tenant_id = $1 AND board = 'TRADERS' AND period = 'ALL_TIME') s
         ON s.member_id = w.member_id
      WHERE w.net IS DISTINCT FROM s.score`,
    [tenantId],
  );
  const balanced = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT asset FROM ledger_accounts WHERE tenant_id = $1 GROUP BY asset HAVING sum(balance) <> 0) a`,
    [tenantId],
  );
  return { mismatches: mismatches.rows[0].n, balanced: balanced.rows[0].n === 0 };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
