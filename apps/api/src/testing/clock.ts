import { Clock } from '../common/clock/clock';
import type { TestApp } from './test-app';

/** Runs the app's clock `ms` ahead of real time until the returned function is called. */
export function runClockAhead(app: TestApp, ms: number): () => void {
  const moved = jest.spyOn(app.app.get(Clock), 'now').mockImplementation(() => new Date(Date.now() + ms));
  return () => moved.mockRestore();
}
