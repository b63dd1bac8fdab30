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
  maxQueryAliases: number;
  /** Lexical tokens a query may hold; the parser stops there, before any work on it. */
  maxQueryTokens: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Largest WebSocket frame accepted, in bytes. */
  maxSocketFrameBytes: number;
  /** How often an open socket's member is checked again (suspension, role, expiry). */
  liveRecheckMs: number;
  /** NODE_ENV=production: no introspection. */
  production: boolean;
  databasePoolSize: number;
}

/** The limits every GraphQL operation is held to, over HTTP and over the socket. */
export function queryLimitsOf(config: AppConfig): { maxDepth: number; maxAliases: number; maxCost: number } {
  return { maxDepth: config.maxQueryDepth, maxAliases: config.maxQueryAliases, maxCost: config.maxQueryComplexity };
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
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    operatorToken: operator.value,
    operatorTokenGenerated: operator.created,
    jwtSecret,
    jwtTtlSeconds: intFromEnv(env, 'JWT_TTL_SECONDS', 12 * 60 * 60),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    seedDemo: env.SEED_DEMO !== 'false',
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
    maxQueryAliases: intFromEnv(env, 'MAX_QUERY_ALIASES', 30),
    maxQueryTokens: intFromEnv(env, 'MAX_QUERY_TOKENS', 5000),
    maxBodyBytes: intFromEnv(env, 'MAX_BODY_BYTES', 256 * 1024),
    maxSocketFrameBytes: intFromEnv(env, 'MAX_SOCKET_FRAME_BYTES', 64 * 1024),
    liveRecheckMs: intFromEnv(env, 'LIVE_RECHECK_SECONDS', 5) * 1000,
    production: env.NODE_ENV === 'production',
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 20),
    ...overrides,
  };
}
