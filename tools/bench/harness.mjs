// The parts every benchmark shares: options, the built app started as a process on a fresh
// embedded PostgreSQL, a GraphQL client, the app's database, a progress line, load loops that
// measure rate, latency and CPU, and the JSON report. Used by trades.mjs, ideas.mjs and the
// leaderboard bench.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const require = createRequire(import.meta.url);
export const pg = require('pg');
export const OPERATOR = 'bench-operator-token-that-is-long-enough';
export const PASSWORD = 'correct horse battery staple';
const MAIN = join(root, 'dist/api/apps/api/src/main.js');

/** `--name value` pairs over the defaults; numbers stay numbers, `--out` and other strings stay strings. */
export function options(argv, defaults) {
  const named = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in named))
      throw new Error(
        `unknown option ${argv[i]} (use ${Object.keys(defaults)
          .map((n) => `--${n}`)
          .join(', ')})`,
      );
    named[name] = typeof defaults[name] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
    if (typeof defaults[name] === 'number' && !(named[name] > 0)) throw new Error(`--${name} must be a positive number`);
  }
  return named;
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Builds the API unless told not to (`--build no`). */
export function build(when) {
  if (when === 'no') return;
  progress('building the API (npm run build:api)');
  const built = spawnSync('npm', ['run', '--silent', 'build:api'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build:api failed');
}

/**
 * The API as it was at a git commit (`--compare <ref>`), built once into tmp/bench-builds/<commit>
 * from `git archive`, so a bench can time it beside the working tree's build in the same run.
 * Returns its main.js.
 */
export function buildRef(ref) {
  const commit = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (commit.status !== 0) throw new Error(`--compare ${ref}: not a commit of this repository`);
  const dir = join(root, 'tmp', 'bench-builds', commit.stdout.trim());
  const main = join(dir, 'dist/api/apps/api/src/main.js');
  if (existsSync(main)) return main;
  progress(`building the API at ${ref} (${commit.stdout.trim().slice(0, 10)}) into ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const steps = [
    ['sh', ['-c', `git archive ${commit.stdout.trim()} apps/api libs tsconfig.base.json | tar -x -C '${dir}'`]],
    [join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'apps/api/tsconfig.app.json')]],
    [join(root, 'node_modules/.bin/tsc-alias'), ['-p', join(dir, 'apps/api/tsconfig.app.json')]],
  ];
  for (const [command, args] of steps) {
    const step = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (step.status !== 0) throw new Error(`building ${ref} failed at ${command}`);
  }
  return main;
}

/**
 * The built app as its own process on a fresh embedded PostgreSQL in a temporary folder.
 * BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of the app there when it stops.
 */
export async function startApp(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-bench-'));
  const port = await freePort();
  let running = await spawnApp(dataDir, port, env);
  const postgres = () => readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const secrets = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8'));
  const dbUrl = (user, password) => `postgres://${user}:${password}@127.0.0.1:${Number(postgres()[3])}/idea_exchange`;
  return {
    get child() {
      return running.child;
    },
    url: `http://127.0.0.1:${port}`,
    dataDir,
    get postmasterPid() {
      return Number(postgres()[0]);
    },
    /** As the app connects: RLS applies. */
    get appDatabaseUrl() {
      return dbUrl('ix_app', secrets.appPassword);
    },
    /** The superuser, for bulk loading. */
    get superDatabaseUrl() {
      return dbUrl('postgres', secrets.superPassword);
    },
    /** Stops the app and its PostgreSQL and starts both again on the same data (for settings read at start). */
    async restart() {
      await running.stop();
      running = await spawnApp(dataDir, port, env);
    },
    async stop() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Another build of the app (`main`, from buildRef) as its own process on the database of an app
 * startApp started, so both serve the same data: its migrations are already applied.
 */
export async function startAppBeside(app, main) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-bench-'));
  const port = await freePort();
  const env = { DATABASE_URL: app.appDatabaseUrl, MIGRATION_DATABASE_URL: app.superDatabaseUrl };
  const running = await spawnApp(dataDir, port, env, main);
  return {
    child: running.child,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function spawnApp(dataDir, port, env, main = MAIN) {
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, main], {
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
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const exited = new Promise((done) => child.on('exit', done));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${errors}`);
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('the app did not become healthy');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function gql(url, query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A new instance through the operator API, and its admin's token. */
export async function createInstance(url, { name, isPublic = true }) {
  const slug = `bench-${Math.random().toString(36).slice(2, 10)}`;
  const { createTenant } = await gql(
    url,
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
    {
      i: {
        slug,
        name,
        currencyName: 'Peas',
        public: isPublic,
        adminEmail: 'admin@bench.gov.uk',
        adminPassword: PASSWORD,
        adminDisplayName: 'Admin',
      },
    },
    OPERATOR,
  );
  const admin = await logIn(url, slug, 'admin@bench.gov.uk');
  return { tenantId: createTenant.id, slug, admin };
}

export async function logIn(url, slug, email) {
  const data = await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { token member { id } } }', {
    i: { tenantSlug: slug, email, password: PASSWORD },
  });
  return { token: data.logIn.token, memberId: data.logIn.member.id };
}

/** One line on stderr, rewritten in place while a phase runs. */
export function progress(text, done = true) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}${done ? '\n' : ''}`);
  else if (done) process.stderr.write(`${text}\n`);
}

export function machine() {
  return {
    cores: cpus().length,
    model: cpus()[0]?.model,
    node: process.version,
    loadBefore: loadavg().map((l) => +l.toFixed(2)),
  };
}

const CLOCK_TICKS = 100;

/** CPU seconds used so far by a process, by a PostgreSQL (postmaster and backends), and by this process. */
export function cpuMeter(appPid, postmasterPid) {
  return () => {
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
  };
}

/**
 * Runs `workers` loops of `work(worker, i)` for `seconds` after a one-second warm-up, with a
 * progress line; returns the rate, p50/p95/p99 latency, errors and CPU per operation. `probe`,
 * when given, is awaited when the timed part starts and when it ends (the app's metrics, say);
 * both answers come back as `probed`.
 */
export async function measure(name, workers, seconds, work, cpu, probe) {
  const warmUntil = performance.now() + 1000;
  const endAt = warmUntil + seconds * 1000;
  const latencies = [];
  let cpuAtStart;
  let probedAtStart;
  const cpuTimer = setTimeout(() => {
    cpuAtStart = cpu?.();
    probedAtStart = probe?.();
  }, 1000);
  const ticker = setInterval(() => {
    const left = Math.max(0, Math.ceil((endAt - performance.now()) / 1000));
    progress(`${name}: ${latencies.length} done, ${left} s left`, false);
  }, 500);
  let errors = 0;
  let firstError;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; performance.now() < endAt; i++) {
        const started = performance.now();
        try {
          await work(w, i);
          if (started >= warmUntil) latencies.push(performance.now() - started);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  clearTimeout(cpuTimer);
  clearInterval(ticker);
  progress('', false);
  const cpuAtEnd = cpu?.();
  const probed = probe ? { start: await probedAtStart, end: await probe() } : undefined;
  const perOp = (part) =>
    cpuAtStart && latencies.length ? +(((cpuAtEnd[part] - cpuAtStart[part]) * 1000) / latencies.length).toFixed(2) : null;
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1) : null);
  const result = {
    name,
    operations: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    mean: latencies.length ? +(latencies.reduce((sum, l) => sum + l, 0) / latencies.length).toFixed(1) : null,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
    cpuMsPerOperation: cpu ? { app: perOp('app'), database: perOp('database'), client: perOp('client') } : undefined,
  };
  if (probed) Object.defineProperty(result, 'probed', { value: probed, enumerable: false });
  if (firstError) result.firstError = String(firstError.message ?? firstError).slice(0, 300);
  return result;
}

/** The app's metrics (GET /metrics) as a map from each sample's name with its labels to its value. */
export async function scrapeMetrics(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const samples = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    samples.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return samples;
}

/** Times `work` one call at a time: 10 warm-up calls, then `runs` timed ones. */
export async function timeEach(runs, work) {
  for (let i = 0; i < Math.min(10, runs); i++) await work();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/**
 * Times several versions of one call side by side on a loaded machine: 10 warm-up calls each,
 * then `runs` rounds of one call each, in an order that turns every round, so a busy moment
 * falls on all of them alike. Returns p50, p95 and max per version, in the order given.
 */
export async function timeSideBySide(runs, works) {
  for (const work of works) for (let i = 0; i < Math.min(10, runs); i++) await work();
  const samples = works.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < works.length; k++) {
      const which = (round + k) % works.length;
      const started = performance.now();
      await works[which]();
      samples[which].push(performance.now() - started);
    }
  }
  return samples.map(summarise);
}

function summarise(samples) {
  samples.sort((a, b) => a - b);
  const at = (p) => Math.round(samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

export function writeReport(out, report) {
  if (!out) return;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  progress(`figures written to ${out}`);
}
