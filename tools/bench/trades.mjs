#!/usr/bin/env node
// `npm run bench:trades`: trade throughput and latency through the GraphQL API of the built app,
// across many markets and on one hot market, with every figure divided by pgbench's TPC-B-like
// rate measured in the same run on a throwaway cluster; beside them the GraphQL floor (an empty
// query) and a raw-SQL ceiling: the same batched ledger writes without HTTP, GraphQL or the ORM.
// Not part of `npm test`.
//
//   npm run bench:trades -- --traders 32 --markets 100 --duration 10 --out tmp/bench-trades.json
//
// `--compare <git ref>` also builds the API as it was at that commit, starts it on the same
// database and runs each API phase through both, `--rounds` times in alternating order (a
// loaded machine weighs on both alike); compare the ratios, not the absolute rates.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  build,
  buildRef,
  cpuMeter,
  createInstance,
  gql,
  machine,
  measure,
  options,
  PASSWORD,
  pg,
  progress,
  require,
  root,
  scrapeMetrics,
  startApp,
  startAppBeside,
  writeReport,
} from './harness.mjs';
import { runPgbench } from './pgbench.mjs';

const opts = options(process.argv.slice(2), {
  traders: 32,
  markets: 100,
  duration: 10,
  scale: 32,
  pgbenchPort: 4450,
  build: 'yes',
  out: '',
  compare: '',
  rounds: 2,
});
const { floatNewMarket, lowerTeamingBar } = createRequire(import.meta.url)('../../tests/support/market-opening.cjs');
const BUY = 'mutation($input: BuyInput!) { buyShares(input: $input) { id priceYesAfter balanceAfter } }';
const MAX_BATCH = 64;

/** An instance with a huge starting grant, N traders and M markets (the first is the hot one). */
async function seed(url, db) {
  const { tenantId, admin } = await createInstance(url, { name: 'Benchmark' });
  const slug = (await db.query('SELECT slug FROM tenants WHERE id = $1', [tenantId])).rows[0].slug;
  await gql(
    url,
    'mutation { updateTenantSettings(input: { startingGrant: "10000000.00", requireEmailVerification: false }) { id } }',
    {},
    admin.token,
  );
  // One sign-up at a time: 32 at once on a loaded machine (load average 25) were refused as
  // SERVICE_UNAVAILABLE twice in a row, and seeding is not what the bench measures.
  const traders = [];
  for (let i = 0; i < opts.traders; i++) {
    const d = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token member { id } } }', {
      i: { tenantSlug: slug, email: `trader${i}@bench.gov.uk`, password: PASSWORD, displayName: `Trader ${i}` },
    });
    traders.push({ token: d.signUp.token, memberId: d.signUp.member.id });
  }
  // Markets open only the way a team floats them: one supporter lifts an idea to teaming, a team
  // of one writes the case and floats it.
  const call = (query, variables, token) => gql(url, query, variables, token);
  await lowerTeamingBar(call, admin.token);
  const [lead, supporter] = traders;
  const ideaIds = [];
  for (let i = 0; i < opts.markets; i++) {
    progress(`opening markets: ${i + 1} of ${opts.markets}`, false);
    ideaIds.push(
      await floatNewMarket(call, {
        leadToken: lead.token,
        supporterToken: supporter.token,
        title: `Benchmark idea ${i}`,
        description: 'Benchmark idea',
      }),
    );
  }
  const client = await db.connect();
  const marketIds = new Map();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query(`SELECT idea_id, id FROM markets WHERE tenant_id = $1 AND kind = 'IMPLEMENTATION'`, [tenantId]);
    for (const row of rows) marketIds.set(row.idea_id, row.id);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  progress(`seeded: ${traders.length} traders, ${ideaIds.length} markets`);
  return { tenantId, admin, traders, ideaIds, marketIds };
}

const WRITE_ENTRIES = `WITH entry AS (
     INSERT INTO journal_entries (tenant_id, kind, reason, reason_kind, reason_params, member_id, idea_id)
     SELECT $1, 'TRADE', 'Bought (raw SQL)', 'NOTE', '{"text": "Bought (raw SQL)"}', e.member_id, e.idea_id
       FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS e(member_id, idea_id, ord) ORDER BY e.ord
     RETURNING id
   ), numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM entry
   ), moved AS (
     INSERT INTO postings (tenant_id, entry_id, account_id, amount, balance_after)
     SELECT $1, n.id, p.account_id, p.amount, p.balance_after
       FROM unnest($4::int[], $5::uuid[], $6::bigint[], $7::bigint[]) AS p(ord, account_id, amount, balance_after)
       JOIN numbered n ON n.ord = p.ord
   ), applied AS (
     UPDATE ledger_accounts a SET balance = a.balance + d.amount
       FROM unnest($8::uuid[], $9::bigint[]) AS d(account_id, amount) WHERE a.tenant_id = $1 AND a.id = d.account_id
   ), fed AS (INSERT INTO ledger_feed (tenant_id, entry_id) SELECT $1, id FROM numbered)
   SELECT id::text AS id FROM numbered ORDER BY ord`;

const RECORD_TRADES = `WITH recorded AS (
     INSERT INTO trades (tenant_id, market_id, member_id, entry_id, outcome, shares, cost, price_yes_after, balance_after, idempotency_key)
     SELECT $1, t.market_id, t.member_id, t.entry_id, t.outcome, t.shares, t.cost, t.price, t.balance_after, t.key
       FROM unnest($2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::bigint[], $7::bigint[], $8::float8[], $9::bigint[], $10::text[])
            WITH ORDINALITY AS t(market_id, member_id, entry_id, outcome, shares, cost, price, balance_after, key, ord)
      ORDER BY t.ord RETURNING id
   ), moved AS (
     UPDATE markets m SET shares_yes = u.shares_yes, shares_no = u.shares_no, price_yes = u.price_yes,
            volume = m.volume + u.volume, trade_count = m.trade_count + u.count
       FROM unnest($11::uuid[], $12::bigint[], $13::bigint[], $14::float8[], $15::bigint[], $16::int[])
            AS u(id, shares_yes, shares_no, price_yes, volume, count)
      WHERE m.tenant_id = $1 AND m.id = u.id
   ) SELECT count(*)::int AS n FROM recorded`;

/**
 * The ceiling: the app's batched trade as raw SQL, the same statements in the same order (the
 * tenant set with BEGIN, the markets' locks in id order with the idempotency lookup, the
 * accounts' locks in key order, the entries with their postings, balances and feed rows, the
 * trades and the markets, COMMIT), the same pricing and the same batches (one in flight for the
 * instance, up to 64 trades over any of its markets), from a pool of 20 connections like the app's.
 */
function rawTrading(db, lmsr, tenantId) {
  let lane;
  async function batch(jobs) {
    const client = await db.connect();
    try {
      await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
      const marketIds = [...new Set(jobs.map((j) => j.marketId))].sort();
      const { rows: locked } = await client.query({
        name: 'lock_markets',
        text: `SELECT m.id, m.liquidity, m.shares_yes, m.shares_no, e.id AS earlier FROM markets m
                 LEFT JOIN (SELECT t.id FROM unnest($3::uuid[], $4::text[]) AS k(member_id, key)
                              JOIN trades t ON t.tenant_id = $1 AND t.member_id = k.member_id AND t.idempotency_key = k.key) e ON true
                WHERE m.tenant_id = $1 AND m.id = ANY($2::uuid[]) ORDER BY m.id FOR UPDATE OF m`,
        values: [tenantId, marketIds, jobs.map((j) => j.memberId), jobs.map((j) => j.key)],
      });
      const states = new Map(
        locked.map((m) => [m.id, { liquidity: BigInt(m.liquidity), sharesYes: BigInt(m.shares_yes), sharesNo: BigInt(m.shares_no) }]),
      );
      const keys = new Set();
      for (const marketId of marketIds) keys.add(`pool:${marketId}`).add(`issued:${marketId}:YES`).add(`issued:${marketId}:NO`);
      for (const job of jobs) keys.add(`wallet:${job.memberId}`).add(`position:${job.marketId}:${job.outcome}:${job.memberId}`);
      const lockAccounts = () =>
        client.query({
          name: 'lock_accounts',
          text: 'SELECT id, key, balance FROM ledger_accounts WHERE tenant_id = $1 AND key = ANY($2::text[]) ORDER BY key FOR UPDATE',
          values: [tenantId, [...keys].sort()],
        });
      let { rows: accounts } = await lockAccounts();
      if (accounts.length < keys.size) {
        const have = new Set(accounts.map((a) => a.key));
        // Positions and a side's issued shares open on their first trade, as the ledger does.
        const missing = [];
        for (const job of jobs) {
          const position = `position:${job.marketId}:${job.outcome}:${job.memberId}`;
          const issued = `issued:${job.marketId}:${job.outcome}`;
          if (!have.has(position)) missing.push([position, 'POSITION', job.memberId, job.marketId, job.outcome]);
          if (!have.has(issued)) missing.push([issued, 'SHARES_ISSUED', null, job.marketId, job.outcome]);
          have.add(position).add(issued);
        }
        await client.query(
          `INSERT INTO ledger_accounts (tenant_id, key, kind, asset, member_id, market_id, outcome)
           SELECT $1, a.key, a.kind, a.market_id || ':' || a.outcome, a.member_id, a.market_id, a.outcome
             FROM unnest($2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[]) AS a(key, kind, member_id, market_id, outcome)
           ON CONFLICT (tenant_id, key) DO NOTHING`,
          [tenantId, ...[0, 1, 2, 3, 4].map((c) => missing.map((m) => m[c]))],
        );
        ({ rows: accounts } = await lockAccounts());
      }
      const byKey = new Map(accounts.map((a) => [a.key, { id: a.id, balance: BigInt(a.balance) }]));
      const postings = { ord: [], account: [], amount: [], after: [] };
      const net = new Map();
      const trades = [];
      const moved = new Map();
      for (const [i, job] of jobs.entries()) {
        const quote = lmsr.quoteBuySpend(states.get(job.marketId), job.outcome, 100n);
        states.set(job.marketId, quote.after);
        const sum = moved.get(job.marketId) ?? { volume: 0n, count: 0 };
        moved.set(job.marketId, { volume: sum.volume + quote.cost, count: sum.count + 1, price: quote.priceYesAfter });
        const moves = [
          [`issued:${job.marketId}:${job.outcome}`, -quote.shares],
          [`pool:${job.marketId}`, quote.cost],
          [`position:${job.marketId}:${job.outcome}:${job.memberId}`, quote.shares],
          [`wallet:${job.memberId}`, -quote.cost],
        ];
        for (const [key, amount] of moves) {
          const account = byKey.get(key);
          account.balance += amount;
          postings.ord.push(i + 1);
          postings.account.push(account.id);
          postings.amount.push(amount.toString());
          postings.after.push(account.balance.toString());
          net.set(account.id, (net.get(account.id) ?? 0n) + amount);
        }
        trades.push({ job, quote, walletAfter: byKey.get(`wallet:${job.memberId}`).balance });
      }
      const { rows: entries } = await client.query({
        name: 'write_entries',
        text: WRITE_ENTRIES,
        values: [
          tenantId,
          jobs.map((j) => j.memberId),
          jobs.map((j) => j.ideaId),
          postings.ord,
          postings.account,
          postings.amount,
          postings.after,
          [...net.keys()],
          [...net.values()].map(String),
        ],
      });
      const movedIds = [...moved.keys()];
      await client.query({
        name: 'record_trades',
        text: RECORD_TRADES,
        values: [
          tenantId,
          trades.map((t) => t.job.marketId),
          trades.map((t) => t.job.memberId),
          entries.map((e) => e.id),
          trades.map((t) => t.job.outcome),
          trades.map((t) => t.quote.shares.toString()),
          trades.map((t) => t.quote.cost.toString()),
          trades.map((t) => t.quote.priceYesAfter),
          trades.map((t) => t.walletAfter.toString()),
          trades.map((t) => t.job.key),
          movedIds,
          movedIds.map((id) => states.get(id).sharesYes.toString()),
          movedIds.map((id) => states.get(id).sharesNo.toString()),
          movedIds.map((id) => moved.get(id).price),
          movedIds.map((id) => moved.get(id).volume.toString()),
          movedIds.map((id) => moved.get(id).count),
        ],
      });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  async function drain(started) {
    while (started.length > 0) {
      const taken = started.splice(0, MAX_BATCH);
      await batch(taken).then(
        () => taken.forEach((job) => job.done()),
        (error) => taken.forEach((job) => job.failed(error)),
      );
    }
    lane = undefined;
  }
  return (memberId, ideaId, marketId, outcome) =>
    new Promise((done, failed) => {
      const job = { memberId, ideaId, marketId, outcome, key: randomUUID(), done, failed };
      if (lane) return lane.push(job);
      lane = [job];
      void drain(lane);
    });
}

/**
 * Where an API phase's time went, from the app's own metrics over the timed part (means in ms):
 * the GraphQL operation as Apollo timed it, and within it the trade's wait for its batch to
 * start and the run of that batch; per batch its connection and BEGIN, statements and COMMIT;
 * and how many trades the batches carried. What the client saw beyond the GraphQL time is
 * HTTP, Express and the load generator's own share of the CPUs.
 */
function timeSpent(result) {
  const { start, end } = result.probed;
  const delta = (sample) => (end.get(sample) ?? 0) - (start.get(sample) ?? 0);
  const mean = (metric, labels) => {
    const count = delta(`${metric}_count${labels}`);
    return count > 0 ? +((delta(`${metric}_sum${labels}`) / count) * 1000).toFixed(2) : null;
  };
  const batches = delta('ix_trade_batch_size_count');
  const sizes = {};
  let below = 0;
  for (const le of [1, 2, 4, 8, 16, 32, 64]) {
    const upTo = delta(`ix_trade_batch_size_bucket{le="${le}"}`);
    if (upTo > below) sizes[`<=${le}`] = upTo - below;
    below = upTo;
  }
  return {
    clientMs: result.mean,
    graphqlMs: mean('ix_graphql_request_duration_seconds', '{operation="anonymous"}'),
    waitingMs: mean('ix_trade_queue_seconds', '{stage="waiting"}'),
    batchMs: mean('ix_trade_queue_seconds', '{stage="batch"}'),
    batches,
    meanBatchSize: batches > 0 ? +(delta('ix_trade_batch_size_sum') / batches).toFixed(1) : null,
    batchSizes: sizes,
    perBatchMs: {
      connect: mean('ix_trade_batch_phase_seconds', '{phase="connect"}'),
      work: mean('ix_trade_batch_phase_seconds', '{phase="work"}'),
      commit: mean('ix_trade_batch_phase_seconds', '{phase="commit"}'),
    },
  };
}

function printTimeSpent(spent) {
  const { connect, work, commit } = spent.perBatchMs;
  console.log(
    `${''.padEnd(33)}mean ${spent.clientMs} ms at the client: GraphQL ${spent.graphqlMs} ms, of which waiting for a batch ${spent.waitingMs} ms` +
      ` and in it ${spent.batchMs} ms (per batch: connect ${connect}, statements ${work}, commit ${commit});` +
      ` ${spent.batches} batches of ${spent.meanBatchSize} on average ${JSON.stringify(spent.batchSizes)}`,
  );
}

/**
 * The API phases again, through this build and the compared one in turn, `--rounds` times with
 * the order turned each round; returns each phase's runs and the compared build's rate and p99
 * as shares of this build's over the rounds.
 */
async function compareWith(app, compared, { run, apiTrade, pick, hot }) {
  console.log(`\nside by side with ${opts.compare} (${opts.rounds} rounds, alternating):`);
  const builds = [
    { label: 'this build', app },
    { label: opts.compare, app: compared },
  ];
  const phases = [
    [`${opts.markets} markets`, pick],
    ['one hot market', () => hot],
  ];
  const runs = [];
  for (let round = 0; round < opts.rounds; round++) {
    for (const [phase, ideaOf] of phases) {
      for (const k of [0, 1]) {
        const build = builds[(round + k) % 2];
        const meter = cpuMeter(build.app.child.pid, app.postmasterPid);
        const result = await run([`${build.label}, ${phase}`, apiTrade(ideaOf, build.app.url), build.app], meter);
        runs.push({ round, phase, build: build.label, ...result });
      }
    }
  }
  const summary = phases.map(([phase]) => {
    const of = (label) => runs.filter((r) => r.phase === phase && r.build === label);
    const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
    const mine = of('this build');
    const theirs = of(opts.compare);
    return {
      phase,
      rateThisBuildOverCompared: +(sum(mine, 'perSecond') / sum(theirs, 'perSecond')).toFixed(2),
      p99ThisBuildOverCompared: +(sum(mine, 'p99') / sum(theirs, 'p99')).toFixed(2),
    };
  });
  console.log(`this build against ${opts.compare}: ${JSON.stringify(summary)}`);
  return { compare: opts.compare, rounds: opts.rounds, runs, summary };
}

function print(row, yardstick) {
  const ratio = yardstick ? `${Math.round((row.perSecond / yardstick) * 100)}%`.padStart(5) : '';
  const cpu = row.cpuMsPerOperation
    ? `   CPU ms/op app ${row.cpuMsPerOperation.app}, db ${row.cpuMsPerOperation.database}, client ${row.cpuMsPerOperation.client}`
    : '';
  const latency = row.p50 != null ? `   p50 ${row.p50} ms  p95 ${row.p95} ms  p99 ${row.p99} ms` : '';
  console.log(
    `${row.name.padEnd(32)} ${String(row.perSecond).padStart(6)}/s ${ratio} of TPC-B${latency}   errors ${row.errors ?? 0}${cpu}`,
  );
}

async function main() {
  build(opts.build);
  const lmsr = require(join(root, 'dist/api/libs/market-maker/src/index.js'));
  const host = machine();
  console.log(`machine: ${host.cores} cores (${host.model}), load before: ${host.loadBefore.join(' ')}`);
  console.log(`traders ${opts.traders}, markets ${opts.markets}, ${opts.duration} s per phase (after 1 s warm-up)\n`);

  const pgbench = await runPgbench({ clients: opts.traders, seconds: opts.duration, scale: opts.scale, port: opts.pgbenchPort });
  const yardstick = pgbench.tpcb.tps;
  const asRow = (run) => ({ name: run.name, perSecond: run.tps, p50: null, errors: 0, latencyAverageMs: run.latencyAverageMs });
  print(asRow(pgbench.tpcb), yardstick);
  print(asRow(pgbench.simpleUpdate), yardstick);

  const comparedMain = opts.compare ? buildRef(opts.compare) : undefined;
  const app = await startApp();
  const db = new pg.Pool({ connectionString: app.appDatabaseUrl, max: 20 });
  let compared;
  try {
    const world = await seed(app.url, db);
    if (comparedMain) compared = await startAppBeside(app, comparedMain);
    const hot = world.ideaIds[0];
    const pick = (w, i) => world.ideaIds[(w * 7919 + i * 104729) % world.ideaIds.length];
    const outcome = (w, i) => ((w + i) % 2 === 0 ? 'YES' : 'NO');
    const acknowledged = [];
    const apiTrade =
      (ideaOf, url = app.url) =>
      async (w, i) => {
        const trader = world.traders[w % world.traders.length];
        const { buyShares } = await gql(
          url,
          BUY,
          { input: { ideaId: ideaOf(w, i), outcome: outcome(w, i), spend: '1.00', idempotencyKey: randomUUID() } },
          trader.token,
        );
        acknowledged.push(buyShares.id);
      };
    const raw = rawTrading(db, lmsr, world.tenantId);
    const rawTrade = (ideaOf) => (w, i) => {
      const ideaId = ideaOf(w, i);
      return raw(world.traders[w % world.traders.length].memberId, ideaId, world.marketIds.get(ideaId), outcome(w, i));
    };
    const cpu = cpuMeter(app.child.pid, app.postmasterPid);
    const phases = [
      ['GraphQL floor ({ __typename })', () => gql(app.url, '{ __typename }')],
      [`API, ${opts.markets} markets`, apiTrade(pick), app],
      ['API, one hot market', apiTrade(() => hot), app],
      [`raw SQL, ${opts.markets} markets`, rawTrade(pick)],
      ['raw SQL, one hot market', rawTrade(() => hot)],
    ];
    const results = [];
    const run = async ([name, work, api], meter = cpu) => {
      const result = await measure(name, opts.traders, opts.duration, work, meter, api ? () => scrapeMetrics(api.url) : undefined);
      print(result, yardstick);
      if (api) {
        result.timeSpent = timeSpent(result);
        printTimeSpent(result.timeSpent);
      }
      return result;
    };
    for (const phase of phases) results.push(await run(phase));
    const sideBySide = compared ? await compareWith(app, compared, { run, apiTrade, pick, hot }) : undefined;

    const { ledgerAudit } = await gql(app.url, '{ ledgerAudit { balanced entries problems } }', {}, world.admin.token);
    const client = await db.connect();
    let present;
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [world.tenantId]);
      present = (await client.query('SELECT count(*)::int AS n FROM trades WHERE id = ANY($1::uuid[])', [acknowledged])).rows[0].n;
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    console.log(
      `\nledger audit after the run: balanced ${ledgerAudit.balanced}, ${ledgerAudit.entries} entries; acknowledged API trades present: ${present} of ${acknowledged.length}`,
    );

    const [, across, hotMarket] = results;
    const ratios = {
      acrossToTpcb: +(across.perSecond / yardstick).toFixed(2),
      hotToTpcb: +(hotMarket.perSecond / yardstick).toFixed(2),
      hotToAcross: +(hotMarket.perSecond / across.perSecond).toFixed(2),
      apiToRawAcross: +(across.perSecond / results[3].perSecond).toFixed(2),
      apiToRawHot: +(hotMarket.perSecond / results[4].perSecond).toFixed(2),
    };
    const targets = {
      acrossAtLeastHalfOfTpcb: ratios.acrossToTpcb >= 0.5,
      hotAtLeast90PercentOfAcross: ratios.hotToAcross >= 0.9,
      p99Under100ms: across.p99 < 100 && hotMarket.p99 < 100,
      auditBalancedAndEveryTradePresent: ledgerAudit.balanced && present === acknowledged.length,
    };
    console.log(`ratios: ${JSON.stringify(ratios)}\ntargets: ${JSON.stringify(targets)}`);
    writeReport(opts.out, {
      date: new Date().toISOString(),
      command: `npm run bench:trades -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: host,
      options: opts,
      pgbench,
      results,
      ratios,
      audit: { ...ledgerAudit, acknowledged: acknowledged.length, present },
      targets,
      sideBySide,
    });
  } finally {
    await db.end();
    await compared?.stop();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
