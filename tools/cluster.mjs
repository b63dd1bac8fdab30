#!/usr/bin/env node
// `npm run cluster`: REPLICAS (default 2) API processes behind nginx on PORT, sharing one
// database (the embedded PostgreSQL in DATA_DIR, started once here, or DATABASE_URL). Replicas
// that exit unexpectedly are started again; SIGINT/SIGTERM stops nginx, every replica and the
// database, in that order.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import pino from 'pino';

const require = createRequire(import.meta.url);
const MAIN = resolve('dist/api/apps/api/src/main.js');
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'idea-exchange-cluster' } });

const replicasWanted = Number(process.env.REPLICAS ?? 2);
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
if (!Number.isInteger(replicasWanted) || replicasWanted < 1) throw new Error('REPLICAS must be a whole number of at least 1');

if (!existsSync(MAIN) || process.env.CLUSTER_BUILD !== 'false') {
  log.info('building the API');
  if (spawnSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const { startEmbeddedPostgres, freePort } = require(resolve('dist/api/apps/api/src/database/embedded-postgres.js'));
const { nginxBinary, writeBalancerConfig } = require(resolve('dist/api/apps/api/src/cluster/balancer-config.js'));
const { migrate } = require(resolve('dist/api/apps/api/src/database/migrate.js'));
const { loadConfig } = require(resolve('dist/api/apps/api/src/config/app-config.js'));

const nginx = nginxBinary();
mkdirSync(dataDir, { recursive: true });
// Generate the shared secrets (JWT, operator token) once, before replicas race to create them.
const config = loadConfig({ ...process.env, DATA_DIR: dataDir });
if (config.operatorTokenGenerated)
  process.stdout.write(`\nPlatform operator token (saved in ${dataDir}/operator-token): ${config.operatorToken}\n\n`);

let stopping = false;
const replicas = [];
let balancer;
let database;

function startReplica(index, replicaPort, urls) {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(replicaPort),
      DATABASE_URL: urls.appUrl,
      MIGRATION_DATABASE_URL: urls.ownerUrl,
      TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS ?? '1',
      // One replica seeds the demo; the others start on what it made.
      SEED_DEMO: index === 0 ? (process.env.SEED_DEMO ?? 'true') : 'false',
      REPLICA: String(index + 1),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  replicas[index] = { child, port: replicaPort };
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log.warn({ replica: index + 1, code, signal }, 'a replica exited; starting it again');
    setTimeout(() => startReplica(index, replicaPort, urls), 1_000);
  });
}

async function healthy(replicaPort, path = '/health') {
  return fetch(`http://127.0.0.1:${replicaPort}${path}`)
    .then((r) => r.ok)
    .catch(() => false);
}

async function waitHealthy(replicaPort) {
  const deadline = Date.now() + 120_000;
  while (!(await healthy(replicaPort))) {
    if (Date.now() > deadline) throw new Error(`replica on port ${replicaPort} did not become healthy`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping the cluster');
  balancer?.kill('SIGQUIT');
  await Promise.all(
    replicas.map(({ child }) =>
      child.exitCode === null && child.signalCode === null
        ? new Promise((done) => (child.once('exit', done), child.kill('SIGTERM')))
        : undefined,
    ),
  );
  if (balancer && balancer.exitCode === null) await new Promise((done) => balancer.once('exit', done));
  await database?.stop();
  log.info('cluster stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

async function main() {
  let urls;
  if (process.env.DATABASE_URL) {
    urls = { appUrl: process.env.DATABASE_URL, ownerUrl: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL };
  } else {
    database = await startEmbeddedPostgres(dataDir, log);
    urls = database;
  }
  await migrate(urls.ownerUrl, urls.appUrl, log);
  for (let i = 0; i < replicasWanted; i++) {
    if (stopping) return;
    const replicaPort = await freePort();
    startReplica(i, replicaPort, urls);
    // One at a time: the first seeds the demo before the others serve.
    await waitHealthy(replicaPort);
  }
  const conf = writeBalancerConfig({ dir: join(dataDir, 'nginx'), port, replicas: replicas.map((r) => r.port) });
  balancer = spawn(nginx, ['-c', conf, '-p', join(dataDir, 'nginx')], { stdio: ['ignore', 'inherit', 'inherit'] });
  balancer.on('exit', (code) => {
    if (!stopping) {
      log.error({ code }, 'nginx exited');
      void stop('nginx exit');
    }
  });
  log.info({ url: `http://localhost:${port}`, replicas: replicas.map((r) => r.port) }, 'Idea Exchange cluster is running behind nginx');
  // Readiness of each replica, logged when it changes (nginx itself skips a replica that fails).
  const ready = new Map();
  setInterval(async () => {
    for (const [index, { port: replicaPort }] of replicas.entries()) {
      const now = await healthy(replicaPort, '/health/ready');
      if (ready.get(index) !== now) log.info({ replica: index + 1, ready: now }, 'replica readiness');
      ready.set(index, now);
    }
  }, 5_000).unref();
}

main().catch(async (error) => {
  log.error({ err: error }, 'the cluster failed to start');
  await stop('failure');
  process.exit(1);
});
