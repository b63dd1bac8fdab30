#!/usr/bin/env node
// `npm run bench:leaderboard`: leaderboard read times on a big instance. Builds and starts the
// app on a fresh embedded PostgreSQL, creates an instance through the API, bulk-loads members,
// ideas, markets and trades into the app's own tables (with the ledger entries, positions and
// leaderboard aggregates the app would have written), checks the aggregates against the ledger,
// then times leaderboard(first: 50) and myRank over HTTP for every kind and period.
// Not part of `npm test`.
//
//   npm run bench:leaderboard -- --members 100000 --trades 1000000 --runs 100 --out tmp/bench-leaderboard.json
import { cpus, loadavg } from 'node:os';
import {
  build,
  createInstance,
  gql,
  logIn,
  options,
  pg,
  progress,
  require,
  startApp,
  timeEach,
  writeReport,
} from '../../tools/bench/harness.mjs';
import { seedInstance } from './bench-leaderboard.seed.mjs';

const argon2 = require('argon2');
const PASSWORD = 'correct horse battery staple';
const KINDS = ['INNOVATORS', 'TRADERS', 'RECRUITERS', 'TEAMS'];
const PERIODS = ['WEEK', 'MONTH', 'ALL_TIME'];

async function main() {
  const opts = options(process.argv.slice(2), { members: 100_000, trades: 1_000_000, markets: 1_000, runs: 100, out: '', build: 'yes' });
  build(opts.build);
  const app = await startApp();
  const db = new pg.Client({ connectionString: app.superDatabaseUrl });
  try {
    const { tenantId, slug, admin } = await createInstance(app.url, { name: 'Leaderboard benchmark', isPublic: false });
    await db.connect();
    const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const seedStarted = Date.now();
    const seeded = await seedInstance(db, { tenantId, passwordHash, ...opts });
    const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
    progress(`seeded in ${seedSeconds} s; checking the aggregates against the ledger`);
    const check = await consistency(db, tenantId);
    if (check.mismatches !== 0 || !check.balanced) throw new Error(`inconsistent seed: ${JSON.stringify(check)}`);

    const member = await logIn(app.url, slug, seeded.middleMemberEmail);
    const results = [];
    for (const kind of KINDS) {
      for (const period of PERIODS) {
        const top = await timeEach(opts.runs, () =>
          gql(
            app.url,
            'query($k: LeaderboardKind!, $p: Period) { leaderboard(kind: $k, period: $p, first: 50) { rank score member { id displayName } } }',
            { k: kind, p: period },
            admin.token,
          ),
        );
        const mine = await timeEach(opts.runs, () =>
          gql(
            app.url,
            'query($k: LeaderboardKind!, $p: Period) { myRank(kind: $k, period: $p) { rank score } }',
            { k: kind, p: period },
            member.token,
          ),
        );
        const rows = await db.query(
          `SELECT count(*)::int AS n FROM leaderboard_scores WHERE tenant_id = $1 AND board = $2 AND period = $3
              AND period_start = CASE $3 WHEN 'ALL_TIME' THEN DATE '1970-01-01' WHEN 'MONTH' THEN date_trunc('month', now() AT TIME ZONE 'UTC')::date
                                 ELSE date_trunc('week', now() AT TIME ZONE 'UTC')::date END`,
          [tenantId, kind, period],
        );
        results.push({ kind, period, ranked: rows.rows[0].n, top50: top, myRank: mine });
        progress(
          `${kind.padEnd(10)} ${period.padEnd(8)} top 50 p50 ${top.p50} ms p95 ${top.p95} ms; myRank p50 ${mine.p50} ms p95 ${mine.p95} ms`,
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
    writeReport(opts.out, report);
  } finally {
    await db.end().catch(() => undefined);
    await app.stop();
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
