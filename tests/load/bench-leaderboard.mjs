#!/usr/bin/env node
// `npm run bench:leaderboard`: leaderboard read times on a big instance. Builds and starts the
// app on a fresh embedded PostgreSQL, creates an instance through the API, bulk-loads members,
// ideas, markets and trades into the app's own tables (with the ledger entries, positions and
// leaderboard aggregates the app would have written), checks the aggregates against the ledger,
// then times leaderboard(first: 50) over HTTP for every kind and period, and myRank as the
// member in the middle of that board (the median rank: half the board above them).
// Not part of `npm test`.
//
//   npm run bench:leaderboard -- --members 100000 --trades 1000000 --runs 100 --out tmp/bench-leaderboard.json
//
// `--compare <git ref>` also builds the API as it was at that commit and starts it on the same
// database, then times myRank through both apps side by side (alternating, so a loaded machine
// weighs on both alike) and checks that both answer the same rank and score.
import {
  build,
  buildRef,
  createInstance,
  gql,
  logIn,
  machine,
  options,
  PASSWORD,
  pg,
  progress,
  require,
  startApp,
  startAppBeside,
  timeEach,
  timeSideBySide,
  writeReport,
} from '../../tools/bench/harness.mjs';
import { seedInstance } from './bench-leaderboard.seed.mjs';

const argon2 = require('argon2');
const KINDS = ['INNOVATORS', 'TRADERS', 'RECRUITERS', 'TEAMS'];
const PERIODS = ['WEEK', 'MONTH', 'ALL_TIME'];

async function main() {
  const opts = options(process.argv.slice(2), {
    members: 100_000,
    trades: 1_000_000,
    markets: 1_000,
    runs: 100,
    out: '',
    build: 'yes',
    compare: '',
  });
  build(opts.build);
  const comparedMain = opts.compare ? buildRef(opts.compare) : undefined;
  const app = await startApp();
  let compared;
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
    if (check.mismatches !== 0 || check.bucketMismatches !== 0 || !check.balanced)
      throw new Error(`inconsistent seed: ${JSON.stringify(check)}`);

    if (comparedMain) {
      compared = await startAppBeside(app, comparedMain);
      progress(`the API at ${opts.compare} serves the same database at ${compared.url}`);
    }

    const results = [];
    for (const kind of KINDS) {
      for (const period of PERIODS) {
        const board = await middleOf(db, tenantId, kind, period);
        const member = await logIn(app.url, slug, board.email);
        const top = await timeEach(opts.runs, () =>
          gql(
            app.url,
            'query($k: LeaderboardKind!, $p: Period) { leaderboard(kind: $k, period: $p, first: 50) { rank score member { id displayName } } }',
            { k: kind, p: period },
            admin.token,
          ),
        );
        const rankAt = (url) =>
          gql(
            url,
            'query($k: LeaderboardKind!, $p: Period) { myRank(kind: $k, period: $p) { rank score } }',
            { k: kind, p: period },
            member.token,
          );
        const [mine, mineBefore] = compared
          ? await timeSideBySide(opts.runs, [() => rankAt(app.url), () => rankAt(compared.url)])
          : [await timeEach(opts.runs, () => rankAt(app.url))];
        const { myRank } = await rankAt(app.url);
        const result = { kind, period, ranked: board.ranked, rankTimed: myRank?.rank ?? null, top50: top, myRank: mine };
        let before = '';
        if (compared) {
          const answered = (await rankAt(compared.url)).myRank;
          if (JSON.stringify(answered) !== JSON.stringify(myRank))
            throw new Error(`${kind} ${period}: ${opts.compare} answers ${JSON.stringify(answered)}, this build ${JSON.stringify(myRank)}`);
          result.myRankAtCompare = mineBefore;
          before = `; at ${opts.compare} p50 ${mineBefore.p50} ms p95 ${mineBefore.p95} ms (same answer)`;
        }
        results.push(result);
        progress(
          `${kind.padEnd(10)} ${period.padEnd(8)} ${board.ranked} ranked; top 50 p50 ${top.p50} ms p95 ${top.p95} ms; myRank (rank ${myRank?.rank ?? '-'}) p50 ${mine.p50} ms p95 ${mine.p95} ms${before}`,
        );
      }
    }
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      command: `npm run bench:leaderboard -- ${process.argv.slice(2).join(' ')}`.trim(),
      seeded: { ...seeded.counts, seconds: seedSeconds },
      consistency: check,
      runsPerQuery: opts.runs,
      comparedWith: opts.compare || undefined,
      results,
    };
    console.log(JSON.stringify(report, null, 2));
    writeReport(opts.out, report);
  } finally {
    await db.end().catch(() => undefined);
    await compared?.stop();
    await app.stop();
  }
}

/** The board's member at the median rank (any member for an empty board), and how many it ranks. */
async function middleOf(db, tenantId, kind, period) {
  const current = `CASE $3 WHEN 'ALL_TIME' THEN DATE '1970-01-01' WHEN 'MONTH' THEN date_trunc('month', now() AT TIME ZONE 'UTC')::date
                   ELSE date_trunc('week', now() AT TIME ZONE 'UTC')::date END`;
  const ranked = (
    await db.query(
      `SELECT count(*)::int AS n FROM leaderboard_scores WHERE tenant_id = $1 AND board = $2 AND period = $3 AND period_start = ${current}`,
      [tenantId, kind, period],
    )
  ).rows[0].n;
  const { rows } = await db.query(
    `SELECT m.email FROM leaderboard_scores s JOIN members m ON m.tenant_id = s.tenant_id AND m.id = s.member_id
      WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3 AND s.period_start = ${current}
      ORDER BY s.score DESC, s.member_id OFFSET $4 LIMIT 1`,
    [tenantId, kind, period, Math.floor(ranked / 2)],
  );
  return { ranked, email: rows[0]?.email ?? 'member100@bench.gov.uk' };
}

/**
 * Every trader's TRADERS all-time score is their trading profit: wallet plus positions marked at
 * current prices, less what the treasury issued into the wallet; nobody who never held a position
 * is on the board; and the rank buckets count every score.
 */
async function consistency(db, tenantId) {
  const mismatches = await db.query(
    `WITH worth AS (
       SELECT a.member_id, sum(CASE WHEN a.kind = 'WALLET' THEN a.balance
                                    ELSE floor(a.balance::double precision * CASE a.outcome WHEN 'YES' THEN m.price_yes ELSE 1 - m.price_yes END)::bigint END) AS net
         FROM ledger_accounts a LEFT JOIN markets m ON m.tenant_id = a.tenant_id AND m.id = a.market_id
        WHERE a.tenant_id = $1 AND a.kind IN ('WALLET', 'POSITION')
        GROUP BY a.member_id
       HAVING bool_or(a.kind = 'POSITION')
     ), issued AS (
       SELECT a.member_id, sum(p.amount)::bigint AS amount
         FROM postings p
         JOIN journal_entries e ON e.tenant_id = p.tenant_id AND e.id = p.entry_id
         JOIN ledger_accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
        WHERE p.tenant_id = $1 AND a.kind = 'WALLET' AND e.kind NOT IN ('TRADE', 'SETTLEMENT')
        GROUP BY a.member_id
     )
     SELECT count(*)::int AS n FROM (SELECT w.member_id, w.net - coalesce(i.amount, 0) AS profit FROM worth w LEFT JOIN issued i USING (member_id)) w
       FULL JOIN (SELECT member_id, score FROM leaderboard_scores WHERE tenant_id = $1 AND board = 'TRADERS' AND period = 'ALL_TIME') s
         ON s.member_id = w.member_id
      WHERE w.profit IS DISTINCT FROM s.score`,
    [tenantId],
  );
  const buckets = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT board, period, period_start, bucket, count(*)::int AS members FROM leaderboard_scores
                                      WHERE tenant_id = $1 GROUP BY 1, 2, 3, 4) s
       FULL JOIN (SELECT * FROM leaderboard_score_buckets WHERE tenant_id = $1 AND members <> 0) b USING (board, period, period_start, bucket)
      WHERE s.members IS DISTINCT FROM b.members`,
    [tenantId],
  );
  const balanced = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT asset FROM ledger_accounts WHERE tenant_id = $1 GROUP BY asset HAVING sum(balance) <> 0) a`,
    [tenantId],
  );
  return { mismatches: mismatches.rows[0].n, bucketMismatches: buckets.rows[0].n, balanced: balanced.rows[0].n === 0 };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
