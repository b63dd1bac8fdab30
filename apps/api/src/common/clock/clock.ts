import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';

/** The earlier moment work runs as of, inside `Clock.asOf`. */
const pinned = new AsyncLocalStorage<Date>();

/**
 * The app's time, for rules that compare "now" with a stored moment (buzz windows, challenge
 * dates). One injectable source, so tests move time through it instead of rewriting rows.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date(pinned.getStore()?.getTime() ?? Date.now());
  }

  /**
   * Runs `work` as of an earlier moment, through the real services: this clock reads `at`, and
   * every tenant transaction `work` opens stamps its rows with `at` (app_now, app_clock). Only
   * the demo's story uses it, to spread its history over past weeks; work outside it is unmoved.
   */
  static asOf<T>(at: Date, work: () => Promise<T>): Promise<T> {
    return pinned.run(at, work);
  }

  /**
   * Runs `work` in real time even inside `asOf`: what a commit sets off (feeds, e-mail, live
   * updates) goes on after the story has moved on, so it must not carry the story's moment.
   */
  static unpinned<T>(work: () => T): T {
    return pinned.exit(work);
  }

  /** The moment the current work runs as of, if it runs inside `asOf`. */
  static pinnedMoment(): Date | undefined {
    return pinned.getStore();
  }
}
