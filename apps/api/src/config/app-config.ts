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
  trustProxy: boolean;
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

/** Below this, a token or signing key could be guessed offline; generated ones are 32 random bytes. */
export const MIN_SECRET_BYTES = 32;

/** A configuration the app must not start with; its message alone says what to change. */
export class ConfigError extends Error {}

function requireLongSecret(name: string, value: string): string {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `${name} is ${bytes} bytes; it must be at least ${MIN_SECRET_BYTES}. Set a longer one (for example: openssl rand -base64 32), or unset it to have one generated in DATA_DIR.`,
    );
  }
  return value;
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
  requireLongSecret(env.OPERATOR_TOKEN ? 'OPERATOR_TOKEN' : `${dataDir}/operator-token`, operator.value);
  const jwtSecret = requireLongSecret(
    env.JWT_SECRET ? 'JWT_SECRET' : `${dataDir}/jwt-secret`,
    env.JWT_SECRET ? env.JWT_SECRET : readOrCreateSecret(dataDir, 'jwt-secret').value,
  );
  // Demo data is for trying the product: a production start seeds it only when asked to.
  const seedDemo = env.SEED_DEMO === 'true' || (env.SEED_DEMO !== 'false' && env.NODE_ENV !== 'production');
  const webDist = resolve(env.WEB_DIST ?? 'dist/web');
  return {
    port: intFromEnv(env, 'PORT', 3000),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    operatorToken: operator.value,
    operatorTokenGenerated: operator.created,
    jwtSecret,
    jwtTtlSeconds: intFromEnv(env, 'JWT_TTL_SECONDS', 12 * 60 * 60),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    seedDemo,
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    logIn: {
      perAddress: intFromEnv(env, 'LOGIN_LIMIT_PER_ADDRESS', 30),
      perAccount: intFromEnv(env, 'LOGIN_LIMIT_PER_ACCOUNT', 10),
      windowMs: intFromEnv(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 15 * 60) * 1000,
    },
    signUp: {
      perAddress: intFromEnv(env, 'SIGNUP_LIMIT_PER_ADDRESS', 20),
      perAccount: intFromEnv(env, 'SIGNUP_LIMIT_PER_ACCOUNT', 5),
      windowMs: intFromEnv(env, 'SIGNUP_LIMIT_WINDOW_SECONDS', 60 * 60) * 1000,
    },
    maxQueryDepth: intFromEnv(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryComplexity: intFromEnv(env, 'MAX_QUERY_COMPLEXITY', 5000),
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 20),
    ...overrides,
  };
}
