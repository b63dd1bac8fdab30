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
  /** The service's own address, for links in e-mails and the single sign-on callback. */
  publicUrl: string;
  /** SMTP server for e-mail; unset: messages are written under DATA_DIR/outbox. */
  smtpUrl?: string;
  mailFrom: string;
  /** Key that encrypts stored secrets (single sign-on client secrets, webhook secrets). */
  secretsKey: string;
  /** Lets webhooks reach http and private addresses (tests and local development only). */
  webhooksAllowInsecure: boolean;
  /**
   * How often background passes (e-mail, digests, webhook deliveries) look for work. 0: no timed
   * background work at all in this process (scheduled jobs and outcome market closing too), only
   * what is asked for; the tests run so, so nothing moves under them.
   */
  jobIntervalMs: number;
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
  const port = intFromEnv(env, 'PORT', 3000);
  return {
    port,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    operatorToken: operator.value,
    operatorTokenGenerated: operator.created,
    jwtSecret,
    jwtTtlSeconds: intFromEnv(env, 'JWT_TTL_SECONDS', 12 * 60 * 60),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    seedDemo,
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
    maxQueryAliases: intFromEnv(env, 'MAX_QUERY_ALIASES', 30),
    maxQueryTokens: intFromEnv(env, 'MAX_QUERY_TOKENS', 5000),
    maxBodyBytes: intFromEnv(env, 'MAX_BODY_BYTES', 256 * 1024),
    maxSocketFrameBytes: intFromEnv(env, 'MAX_SOCKET_FRAME_BYTES', 64 * 1024),
    liveRecheckMs: intFromEnv(env, 'LIVE_RECHECK_SECONDS', 5) * 1000,
    production: env.NODE_ENV === 'production',
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 20),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Idea Exchange <no-reply@idea-exchange.invalid>',
    // Derived from the JWT secret when unset, so a local run needs nothing; set it apart in production.
    secretsKey: env.SECRETS_KEY || `secrets:${jwtSecret}`,
    webhooksAllowInsecure: env.WEBHOOKS_ALLOW_INSECURE === 'true',
    jobIntervalMs: intFromEnv(env, 'JOB_INTERVAL_SECONDS', 30) * 1000,
    ...overrides,
  };
}
