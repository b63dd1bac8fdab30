import { RateLimited } from '../common/errors/domain-error';

/**
 * Fixed-window attempt counters. Held in the process: each replica limits on its own, which
 * still bounds guessing to (replicas × limit) per window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one attempt against the key; throws RateLimited once the limit is used up. */
  hit(key: string, limit: number, windowMs: number): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + windowMs });
      this.sweep(now);
      return;
    }
    if (window.count >= limit) throw new RateLimited((window.resetAt - now) / 1000);
    window.count += 1;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
