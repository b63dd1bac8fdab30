import { Clock } from '../common/clock/clock';
import type { TestApp } from './test-app';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the app's clock `ms` ahead of real time until the returned function is called. */
export function runClockAhead(app: TestApp, ms: number): () => void {
  const moved = jest.spyOn(app.app.get(Clock), 'now').mockImplementation(() => new Date(Date.now() + ms));
  return () => moved.mockRestore();
}

/** When the next UTC week (from Monday) or month begins, whichever is sooner. */
export function nextPeriodStart(at: Date): Date {
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const daysToMonday = (8 - at.getUTCDay()) % 7 || 7;
  return new Date(Math.min(today + daysToMonday * DAY_MS, Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)));
}

/**
 * Waits, when a UTC week or month begins within `ms`, until it has begun, so that everything a
 * spec does in the next `ms` falls in one week and one month, as expectations about "this week"
 * assume (the database's now() decides the period, so the app's clock cannot be held instead).
 * Give the hook that calls it a timeout over `ms`.
 */
export async function clearOfPeriodStart(ms = 2 * 60_000): Promise<void> {
  const wait = nextPeriodStart(new Date()).getTime() - Date.now();
  if (wait < ms) await new Promise((resolve) => setTimeout(resolve, wait + 1_000));
}

/**
 * Waits, when a fixed rate-limit window of `windowMs` (counted from the epoch, as the limiter's
 * counters are) ends within `ms`, until the next one has begun, so that every attempt a spec
 * makes in the next `ms` counts against one window. Give the test a timeout over `ms`.
 */
export async function clearOfWindowEdge(windowMs: number, ms = 30_000): Promise<void> {
  const wait = windowMs - (Date.now() % windowMs);
  if (wait < ms) await new Promise((resolve) => setTimeout(resolve, wait + 1_000));
}
