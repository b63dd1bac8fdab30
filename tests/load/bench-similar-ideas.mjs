#!/usr/bin/env node
// `npm run bench:similar`: similarIdeas times on a big instance. Starts the built app on a fresh
// embedded PostgreSQL, creates an instance through the API, bulk-loads --ideas ideas (titles and
// descriptions drawn from an English and Welsh vocabulary) into the app's own table, then times
// similarIdeas over HTTP for two kinds of typed title: a near-duplicate of an existing idea (one
// word dropped, one misspelt) and a fresh combination of words. Reports p50/p95 and how often the
// near-duplicate's original came back first. Not part of `npm test`.
//
//   npm run bench:similar -- --ideas 100000 --runs 200 --out tmp/bench-similar.json
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pg = require('pg');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
const OPERATOR = 'bench-operator-token';
const PASSWORD = 'correct horse battery staple';

// Words ideas in a public body use; Welsh ones too, so both languages share the index.
const VOCABULARY = `
paper printing printer duplex toner envelope post letters scanning archive records filing storage office desk meeting
room booking calendar travel train mileage expenses claims receipts approval invoices payment supplier contract
procurement framework energy heating lighting sensor timer thermostat window insulation solar panels recycling waste
bins compost canteen food coffee water fountain plastic cups bottles cycling bike parking shower lockers car pool
electric vehicle charging fleet vans routes scheduling rota shifts overtime leave holiday sickness wellbeing training
mentoring induction onboarding handbook intranet search portal forms online digital signature automation workflow
chatbot helpdesk tickets laptop monitor headset licences software cloud backup passwords security phishing badges
visitors reception signage accessibility captions translation welsh language customer complaints feedback survey
citizens residents council tax benefits housing repairs tenants inspections planning permits licensing parking fines
library books volunteers schools meals transport grants funding budget forecast savings audit risk register policy
guidance templates reports dashboards data sharing analytics spreadsheet duplicates cleansing address postcode
mapping gritting potholes streetlights trees parks cleaning graffiti flytipping enforcement cameras radios drones
papur argraffu argraffydd swyddfa cyfarfod ystafell teithio treuliau derbynebau taliadau cyflenwr ynni gwres golau
ailgylchu gwastraff bwyd dwr beicio parcio car trydan gwefru amserlen gwyliau lles hyfforddiant ffurflenni digidol
llofnod meddalwedd cyfrinair diogelwch ymwelwyr arwyddion cymraeg cwsmeriaid cwynion adborth trigolion tai atgyweirio
llyfrgell ysgolion prydau cludiant grantiau cyllideb arbedion polisi canllawiau adroddiadau data cyfeiriad coed parciau
`
  .trim()
  .split(/\s+/);

// A public body's ideas use thousands of words, not two hundred: made-up words from syllables
// stand in for the rest of the language, so titles share words about as often as real ones do.
const SYLLABLES = ['ba', 'co', 'di', 'fe', 'ga', 'hu', 'ki', 'lo', 'ma', 'ne', 'po', 'ri', 'sa', 'tu', 'vo', 'wy', 'dd', 'll', 'ch', 'rh'];
for (let i = 0; VOCABULARY.length < 5000; i++) {
  VOCABULARY.push(`${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}n`);
}

function options(argv) {
  const named = { ideas: 100_000, runs: 200, out: undefined, build: 'yes' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in named)) throw new Error(`unknown option ${argv[i]} (use --ideas, --runs, --out, --build no)`);
    named[name] = name === 'out' || name === 'build' ? argv[i + 1] : Number(argv[i + 1]);
  }
  for (const name of ['ideas', 'runs']) {
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

const round = (ms) => Math.round(ms * 100) / 100;

async function time(inputs, work) {
  for (const input of inputs.slice(0, 10)) await work(input);
  const samples = [];
  const answers = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    answers.push(await work(input));
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    timing: { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples[samples.length - 1]) },
    answers,
  };
}

/** Ideas with titles of 4 to 8 words and descriptions of 30 to 69, all drawn from the vocabulary. */
async function seed(db, tenantId, authorId, count) {
  await db.query(
    `INSERT INTO ideas (tenant_id, author_id, title, description, stage, created_at)
     SELECT $1, $2,
            initcap(array_to_string(ARRAY(SELECT w[1 + floor(random() * n)::int] FROM generate_series(1, 4 + g % 5)), ' ')),
            array_to_string(ARRAY(SELECT w[1 + floor(random() * n)::int] FROM generate_series(1, 30 + g % 40)), ' ') || '.',
            'BUZZ', now() - make_interval(mins => g)
       FROM generate_series(1, $3::int) g, (SELECT $4::text[] AS w, cardinality($4::text[]) AS n) v`,
    [tenantId, authorId, count, VOCABULARY],
  );
  await db.query('ANALYZE ideas');
}

function nearDuplicate(title) {
  const words = title.split(' ');
  words.splice(Math.floor(Math.random() * words.length), 1);
  const i = Math.floor(Math.random() * words.length);
  if (words[i].length > 4) words[i] = words[i].slice(0, -2) + words[i].slice(-1);
  return words.join(' ');
}

function freshTitle() {
  return Array.from({ length: 4 + Math.floor(Math.random() * 4) }, () => VOCABULARY[Math.floor(Math.random() * VOCABULARY.length)]).join(
    ' ',
  );
}

const SIMILAR = 'query($t: String!) { similarIdeas(title: $t, first: 5) { score idea { id title } } }';

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.build !== 'no') {
    const built = spawnSync('npm', ['run', 'build:api'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('npm run build:api failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-bench-similar-'));
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
          name: 'Similar ideas benchmark',
          currencyName: 'Peas',
          public: false,
          adminEmail: 'admin@bench.gov.uk',
          adminPassword: PASSWORD,
          adminDisplayName: 'Admin',
        },
      },
      OPERATOR,
    );
    const { logIn } = await gql(app.url, 'mutation($i: LogInInput!) { logIn(input: $i) { token member { id } } }', {
      i: { tenantSlug: slug, email: 'admin@bench.gov.uk', password: PASSWORD },
    });
    await db.connect();
    const seedStarted = Date.now();
    await seed(db, createTenant.id, logIn.member.id, opts.ideas);
    const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
    process.stderr.write(`seeded ${opts.ideas} ideas in ${seedSeconds} s\n`);

    const sample = await db.query('SELECT id, title FROM ideas WHERE tenant_id = $1 ORDER BY random() LIMIT $2', [
      createTenant.id,
      opts.runs,
    ]);
    const similar = async (title) => (await gql(app.url, SIMILAR, { t: title }, logIn.token)).similarIdeas;
    const near = await time(
      sample.rows.map((row) => ({ id: row.id, typed: nearDuplicate(row.title) })),
      async (input) => ({ input, found: await similar(input.typed) }),
    );
    const fresh = await time(Array.from({ length: opts.runs }, freshTitle), (typed) => similar(typed));
    const firstHits = near.answers.filter(({ input, found }) => found[0]?.idea.id === input.id).length;
    const anyHits = near.answers.filter(({ input, found }) => found.some((match) => match.idea.id === input.id)).length;
    const results = {
      nearDuplicate: { ...near.timing, originalFirst: round(firstHits / opts.runs), originalInTop5: round(anyHits / opts.runs) },
      freshTitle: fresh.timing,
    };
    process.stderr.write(
      `near-duplicate p50 ${results.nearDuplicate.p50} ms p95 ${results.nearDuplicate.p95} ms (original first ${firstHits}/${opts.runs}, in top 5 ${anyHits}/${opts.runs})\n` +
        `fresh title    p50 ${results.freshTitle.p50} ms p95 ${results.freshTitle.p95} ms\n`,
    );
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, loadBefore: loadavg() },
      command: `npm run bench:similar -- ${process.argv.slice(2).join(' ')}`.trim(),
      seeded: { ideas: opts.ideas, vocabulary: VOCABULARY.length, seconds: seedSeconds },
      runsPerKind: opts.runs,
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
