import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { RateLimited } from '../common/errors/domain-error';

/** How often a process sweeps expired counters; each sweep is one indexed DELETE. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window attempt counters in PostgreSQL, so every replica counts against the same limit.
 * One statement per attempt counts and reads atomically. Counters are bounded: a count stops one
 * past its limit, keys are hashes (no e-mail or address is stored) and rows expire with their
 * window, swept now and then by whichever process passes.
 */
export class RateLimiter {
  private lastSweep = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one attempt against the key; throws RateLimited once the limit is used up. */
  async hit(key: string, limit: number, windowMs: number): Promise<void> {
    await this.sweepNowAndThen();
    const rows: Array<{ hits: number; retry_ms: string }> = await this.dataSource.query(
      `WITH w AS (
         SELECT to_timestamp(floor(extract(epoch FROM now()) * 1000 / $2) * $2 / 1000.0) AS start
       )
       INSERT INTO rate_limit_counters AS c (key, window_start, expires_at, hits)
       SELECT $1, w.start, w.start + make_interval(secs => $2 / 1000.0), 1 FROM w
       ON CONFLICT (key, window_start) DO UPDATE SET hits = least(c.hits + 1, $3 + 1)
       RETURNING c.hits, floor(extract(epoch FROM c.expires_at - now()) * 1000)::bigint AS retry_ms`,
      [digest(key), windowMs, limit],
    );
    const row = rows[0];
    if (row && row.hits > limit) throw new RateLimited(Math.max(1, Number(row.retry_ms)) / 1000);
  }

  /** Forgets the key's attempts (a successful log-in clears its account's count). */
  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE key = $1`, [digest(key)]);
  }

  private async sweepNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE expires_at < now()`);
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
