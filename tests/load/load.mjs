#!/usr/bin/env node
// `npm run load`: a realistic mix from MEMBERS simulated members over INSTANCES instances,
// through nginx in front of the replicas (`npm run cluster`), for DURATION seconds with USERS
// concurrent members acting, SUBSCRIBERS of them holding live market subscriptions. Runs once per
// entry of REPLICAS (default "1,2"), each on a fresh data folder, and prints per-operation
// throughput and latency percentiles and each run's ratio to the one-process run.
// LOAD_URL=http://host:port runs against a cluster that is already up instead (one run).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import marketOpening from '../support/market-opening.cjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const MEMBERS = env('MEMBERS', 120);
const INSTANCES = env('INSTANCES', 2);
const DURATION = env('DURATION', 45);
const USERS = env('USERS', 32);
const SUBSCRIBERS = env('SUBSCRIBERS', 40);
const REPLICAS = (process.env.REPLICAS ?? '1,2').split(',').map(Number);
const PORT = env('PORT', 4950);
const PASSWORD = 'load test passphrase, long enough';

/** The mix: weights of what members do, roughly what a busy instance's logs show. */
const MIX = [
  ['browseFeed', 30],
  ['readIdea', 25],
  ['trade', 15],
  ['readLeaderboard', 10],
  ['support', 8],
  ['comment', 7],
  ['readPortfolio', 5],
];

let retried = 0;

/** One operation as a well-behaved client sends it: a 503 (Retry-After) is retried a few times. */
async function gql(url, query, variables = {}, token) {
  let response;
  for (let attempt = 0; ; attempt++) {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    if (response.status !== 503 || attempt === 3) break;
    retried += 1;
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    const error = new Error(`${response.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`);
    error.code = body.errors?.[0]?.extensions?.code;
    throw error;
  }
  return body.data;
}

async function startCluster(replicas) {
  const dataDir = mkdtempSync(join(tmpdir(), `ix-load-${replicas}-`));
  const child = spawn(process.execPath, ['tools/cluster.mjs'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(PORT),
      REPLICAS: String(replicas),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      CLUSTER_BUILD: 'false',
      SIGNUP_LIMIT_PER_ADDRESS: '100000',
      LOGIN_LIMIT_PER_ADDRESS: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${PORT}`;
  const deadline = Date.now() + 180_000;
  while (
    !(await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the cluster did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const operator = readFileSync(join(dataDir, 'operator-token'), 'utf8').trim();
  return {
    url,
    operator,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function arrange(url, operator) {
  const instances = [];
  for (let t = 0; t < INSTANCES; t++) {
    const slug = `load-${t}-${randomUUID().slice(0, 6)}`;
    await gql(
      url,
      'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
      {
        i: {
          slug,
          name: `Load ${t}`,
          currencyName: 'Credits',
          public: true,
          adminEmail: `admin@load${t}.gov.uk`,
          adminPassword: PASSWORD,
          adminDisplayName: 'Admin',
        },
      },
      operator,
    );
    const admin = (
      await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
        i: { tenantSlug: slug, email: `admin@load${t}.gov.uk`, password: PASSWORD },
      })
    ).logIn.token;
    const call = (query, variables, token) => gql(url, query, variables, token);
    await marketOpening.lowerTeamingBar(call, admin);
    const lead = (
      await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
        i: { tenantSlug: slug, email: `lead@load${t}.gov.uk`, password: PASSWORD, displayName: 'Lead' },
      })
    ).signUp.token;
    const ideas = [];
    const markets = [];
    for (let i = 0; i < 6; i++) {
      const ideaId = await marketOpening.floatNewMarket(call, {
        leadToken: lead,
        supporterToken: admin,
        title: `Load market ${i}`,
        description: `An idea to read and trade (${i}).`,
      });
      ideas.push(ideaId);
      markets.push(ideaId);
    }
    for (let i = 6; i < 12; i++) {
      const { submitIdea } = await gql(
        url,
        'mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }',
        { i: { title: `Load idea ${i}`, description: `An idea to read and support (${i}).` } },
        admin,
      );
      ideas.push(submitIdea.id);
    }
    instances.push({ slug, ideas, markets, members: [] });
  }
  process.stdout.write(`  signing up ${MEMBERS} members over ${INSTANCES} instances...\n`);
  await Promise.all(
    Array.from({ length: 8 }, async (_, lane) => {
      for (let m = lane; m < MEMBERS; m += 8) {
        const instance = instances[m % INSTANCES];
        const { signUp } = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
          i: { tenantSlug: instance.slug, email: `member${m}@load.gov.uk`, password: PASSWORD, displayName: `Member ${m}` },
        });
        instance.members.push(signUp.token);
      }
    }),
  );
  return instances;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

function operations(url) {
  return {
    browseFeed: (i, token) =>
      gql(url, '{ ideas(first: 20, sort: NEWEST) { totalCount edges { node { id title stage buzzScore commentCount } } } }', {}, token),
    readIdea: (i, token) =>
      gql(
        url,
        'query($id: ID!) { idea(id: $id) { id title descriptionHtml stage buzzScore comments { id body } market { priceYes tradeCount } } }',
        { id: pick(i.ideas) },
        token,
      ),
    trade: (i, token) =>
      gql(
        url,
        'mutation($i: BuyInput!) { buyShares(input: $i) { id } }',
        { i: { ideaId: pick(i.markets), outcome: Math.random() < 0.6 ? 'YES' : 'NO', spend: '1.00', idempotencyKey: randomUUID() } },
        token,
      ),
    readLeaderboard: (i, token) =>
      gql(
        url,
        'query($k: LeaderboardKind!) { leaderboard(kind: $k, first: 20) { rank score member { id displayName } } }',
        { k: pick(['TRADERS', 'INNOVATORS']) },
        token,
      ),
    support: (i, token) =>
      gql(url, 'mutation($id: ID!) { supportIdea(ideaId: $id) { id } }', { id: pick(i.ideas) }, token).catch((error) => {
        // Supporting twice is the member's mistake, answered as such: still a served request.
        if (error.code === 'CONFLICT' || error.code === 'BAD_USER_INPUT') return undefined;
        throw error;
      }),
    comment: (i, token) =>
      gql(
        url,
        'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
        { i: { ideaId: pick(i.ideas), body: 'A comment from the load suite.' } },
        token,
      ),
    readPortfolio: (i, token) => gql(url, '{ portfolio { balance netWorth positions { shares value } } }', {}, token),
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(url, operator, replicas) {
  process.stdout.write(`\n== ${replicas ?? 'given'} replica(s) behind the balancer at ${url}\n`);
  retried = 0;
  const instances = await arrange(url, operator);
  const ops = operations(url);
  const stats = Object.fromEntries(MIX.map(([name]) => [name, { latencies: [], errors: 0 }]));
  const totalWeight = MIX.reduce((sum, [, w]) => sum + w, 0);
  const chooseOp = () => {
    let roll = Math.random() * totalWeight;
    for (const [name, weight] of MIX) if ((roll -= weight) < 0) return name;
    return MIX[0][0];
  };

  let events = 0;
  const clients = [];
  for (let s = 0; s < SUBSCRIBERS; s++) {
    const instance = instances[s % INSTANCES];
    const client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${pick(instance.members)}` },
    });
    client.subscribe(
      { query: 'subscription($id: ID!) { marketUpdated(ideaId: $id) { tradeCount } }', variables: { id: pick(instance.markets) } },
      { next: () => (events += 1), error: () => undefined, complete: () => undefined },
    );
    clients.push(client);
  }

  const started = Date.now();
  const until = started + DURATION * 1000;
  let done = 0;
  let errors = 0;
  const firstErrors = [];
  const progress = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `\r  [${seconds.toFixed(0).padStart(3)} s] ${done} operations, ${(done / seconds).toFixed(0)}/s, ${errors} errors, ${SUBSCRIBERS} subscribers heard ${events} events   `,
    );
  }, 1000);
  await Promise.all(
    Array.from({ length: USERS }, async (_, u) => {
      const instance = instances[u % INSTANCES];
      while (Date.now() < until) {
        const name = chooseOp();
        const token = pick(instance.members);
        const t0 = performance.now();
        try {
          await ops[name](instance, token);
          stats[name].latencies.push(performance.now() - t0);
        } catch (error) {
          stats[name].errors += 1;
          errors += 1;
          if (firstErrors.length < 5) firstErrors.push(`${name}: ${error.message}`);
        }
        done += 1;
      }
    }),
  );
  clearInterval(progress);
  const seconds = (Date.now() - started) / 1000;
  for (const client of clients) await client.dispose();
  process.stdout.write(
    `\n  ${'operation'.padEnd(16)} ${'ops/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}\n`,
  );
  const rows = {};
  for (const [name] of MIX) {
    const sorted = stats[name].latencies.sort((a, b) => a - b);
    rows[name] = {
      rate: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors: stats[name].errors,
    };
    const r = rows[name];
    process.stdout.write(
      `  ${name.padEnd(16)} ${r.rate.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}\n`,
    );
  }
  const total = Object.values(stats).reduce((sum, s) => sum + s.latencies.length, 0) / seconds;
  process.stdout.write(
    `  ${'all'.padEnd(16)} ${total.toFixed(1).padStart(8)}   (${errors} errors, ${retried} retries after 503; ${events} live events delivered)\n`,
  );
  for (const line of firstErrors) process.stdout.write(`  first errors: ${line}\n`);
  return { total, rows, errors, events };
}

async function main() {
  process.stdout.write(
    `load: ${MEMBERS} members, ${INSTANCES} instances, ${USERS} acting at once, ${SUBSCRIBERS} subscriptions, ${DURATION} s per run\n`,
  );
  if (process.env.LOAD_URL) {
    const operator = process.env.OPERATOR_TOKEN;
    if (!operator) throw new Error('LOAD_URL needs OPERATOR_TOKEN to create the load instances');
    await run(process.env.LOAD_URL, operator);
    return;
  }
  const results = [];
  for (const replicas of REPLICAS) {
    const cluster = await startCluster(replicas);
    try {
      results.push({ replicas, ...(await run(cluster.url, cluster.operator, replicas)) });
    } finally {
      await cluster.stop();
    }
  }
  const base = results.find((r) => r.replicas === 1) ?? results[0];
  process.stdout.write('\n== summary\n');
  for (const r of results) {
    process.stdout.write(
      `  ${r.replicas} replica(s): ${r.total.toFixed(1)} ops/s, ${(r.total / base.total).toFixed(2)}x one process, trade p95 ${r.rows.trade.p95.toFixed(1)} ms, ${r.errors} errors\n`,
    );
  }
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
