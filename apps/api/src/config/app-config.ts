import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RateLimitConfig {
  /** Attempts per window from one network address. */
  perAddress: number;
  /** Attempts per window against one account (tenant + e-mail). */
  perAccount: number;
  windowMs: number;
}

export interface AppConfig {
  port: number;
  /** Where the embedded PostgreSQL keeps its data and where generated secrets are saved. */
  dataDir: string;
  /** Runtime connection (the app's role, subject to row-level security). Unset: embedded PostgreSQL. */
  databaseUrl?: string;
  /** When set, live updates fan out through Redis pub/sub instead of PostgreSQL NOTIFY. */
  redisUrl?: string;
  /** Connection that owns the schema and runs migrations; defaults to databaseUrl. */
  migrationDatabaseUrl?: string;
  operatorToken: string;
  /** True when the operator token was generated on this start and should be printed once. */
  operatorTokenGenerated: boolean;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Folder of the built web app; unset or missing: the API serves no pages. */
  webDist?: string;
  seedDemo: boolean;
  /**
   * How many proxies in front of the app (the balancer: 1) may be believed about the client's
   * address in X-Forwarded-For; 0 believes none. Rate limits count by that address.
   */
  trustProxyHops: number;
  logLevel: string;
  logIn: RateLimitConfig;
  signUp: RateLimitConfig;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  databasePoolSize: number;
}

function readOrCreateSecret(dataDir: string, file: string): { value: string; created: boolean } {
  const path = join(dataDir, file);
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString('base64url');
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = resolve(overrides.dataDir ?? env.DATA_DIR ?? '.data');
  const operator = env.OPERATOR_TOKEN ? { value: env.OPERATOR_TOKEN, created: false } : readOrCreateSecret(dataDir, 'operator-token');
  const jwtSecret = env.JWT_SECRET ? env.JWT_SECRET : readOrCreateSecret(dataDir, 'jwt-secret').value;
  const webDist = resolve(env.WEB_DIST ?? 'dist/web');
  return {
    port: intFromEnv(env, 'PORT', 3000),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    operatorToken: operator.value,
    operatorTokenGenerated: operator.created,
    jwtSecret,
    jwtTtlSeconds: intFromEnv(env, 'JWT_TTL_SECONDS', 12 * 60 * 60),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    seedDemo: env.SEED_DEMO !== 'false',
    trustProxyHops: intFromEnv(env, 'TRUST_PROXY_HOPS', 0),
    logLevel: env.LOG_LEVEL ?? 'info',
    logIn: {
      // An office's staff share one address: the account limit stops guessing, not this one.
      perAddress: intFromEnv(env, 'LOGIN_LIMIT_PER_ADDRESS', 1000),
      perAccount: intFromEnv(env, 'LOGIN_LIMIT_PER_ACCOUNT', 10),
      windowMs: intFromEnv(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 15 * 60) * 1000,
    },
    signUp: {
      // Sized so 500 staff behind one address can all join within the hour.
      perAddress: intFromEnv(env, 'SIGNUP_LIMIT_PER_ADDRESS', 600),
      perAccount: intFromEnv(env, 'SIGNUP_LIMIT_PER_ACCOUNT', 5),
      windowMs: intFromEnv(env, 'SIGNUP_LIMIT_WINDOW_SECONDS', 60 * 60) * 1000,
    },
    maxQueryDepth: intFromEnv(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryComplexity: intFromEnv(env, 'MAX_QUERY_COMPLEXITY', 5000),
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 20),
    ...overrides,
  };
}
