import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { jobDuration, jobLag, jobRuns } from '../common/metrics/metrics';
import { Database } from './database.service';

export type JobOutcome = 'ran' | 'not-due' | 'busy' | 'failed';

export interface JobSchedule {
  /** Unique across the platform; also the row in background_jobs. */
  name: string;
  /** How long after a successful run the job is due again. */
  everyMs: number;
  /** How often each process looks whether the job is due (default: a tenth of everyMs, 1-30 s). */
  pollMs?: number;
}

/** After a failed run the job is due again this soon, however long its period. */
const RETRY_AFTER_FAILURE_MS = 30_000;

/**
 * Background work that runs once across every process: a scheduled job is claimed with a
 * session advisory lock, held on a connection of its own for the whole run, and its next due
 * time lives in background_jobs. Only the lock holder runs it; if that process dies mid-run its
 * connection closes, PostgreSQL drops the lock, and the job, still due, is taken by the next
 * process that looks. Jobs must therefore be safe to run again after a partial run (commit
 * their work in small transactions that each leave a consistent state).
 *
 * For a queue of items (webhook deliveries, digests), claim rows with
 * `FOR UPDATE SKIP LOCKED` inside the job's transactions instead; this schedules the job itself.
 */
@Injectable()
export class JobClaims implements OnModuleDestroy {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<JobOutcome>>();
  private closed = false;

  constructor(
    private readonly db: Database,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Looks every pollMs whether the job is due and runs it here if no other process has it; never
   * where timed background work is off (jobIntervalMs 0), where work runs only when asked.
   */
  schedule(schedule: JobSchedule, work: () => Promise<void>): void {
    if (this.config.jobIntervalMs === 0) return;
    const pollMs = schedule.pollMs ?? Math.min(30_000, Math.max(1_000, Math.floor(schedule.everyMs / 10)));
    let busy = false;
    const timer = setInterval(() => {
      if (busy || this.closed) return;
      busy = true;
      const run = this.runIfDue(schedule, work).finally(() => {
        busy = false;
        this.running.delete(run);
      });
      this.running.add(run);
    }, pollMs);
    // A job must never keep the process alive on its own.
    timer.unref();
    this.timers.add(timer);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  /** One attempt: runs the job if it is due and unclaimed, and says what happened. */
  async runIfDue({ name, everyMs }: JobSchedule, work: () => Promise<void>): Promise<JobOutcome> {
    const runner = this.db.dataSource.createQueryRunner();
    let locked = false;
    try {
      await runner.connect();
      const [claim] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended('job:' || $1, 0)) AS claimed`, [name]);
      if (!claim?.claimed) return 'busy';
      locked = true;
      const [due] = await runner.query(
        `INSERT INTO background_jobs AS j (name, next_run_at) VALUES ($1, now()) ON CONFLICT (name) DO UPDATE SET name = j.name
         RETURNING j.next_run_at <= now() AS due, extract(epoch FROM now() - j.next_run_at)::float8 AS lag`,
        [name],
      );
      if (!due?.due) return 'not-due';
      jobLag.set({ job: name }, Math.max(0, Number(due.lag)));
      await runner.query(`UPDATE background_jobs SET last_started_at = now() WHERE name = $1`, [name]);
      const started = process.hrtime.bigint();
      try {
        await work();
      } catch (error) {
        jobRuns.inc({ job: name, result: 'failed' });
        this.log.error({ err: error, job: name }, 'a background job failed; it will run again soon');
        await runner.query(
          `UPDATE background_jobs SET last_finished_at = now(), last_error = left($2, 500),
                  next_run_at = now() + make_interval(secs => $3 / 1000.0) WHERE name = $1`,
          [name, error instanceof Error ? error.message : String(error), Math.min(everyMs, RETRY_AFTER_FAILURE_MS)],
        );
        return 'failed';
      } finally {
        jobDuration.observe({ job: name }, Number(process.hrtime.bigint() - started) / 1e9);
      }
      jobRuns.inc({ job: name, result: 'ok' });
      await runner.query(
        `UPDATE background_jobs SET last_finished_at = now(), last_error = NULL, runs = runs + 1,
                next_run_at = now() + make_interval(secs => $2 / 1000.0) WHERE name = $1`,
        [name, everyMs],
      );
      return 'ran';
    } catch (error) {
      // The database is away or the claim's connection broke: the job stays due for the next look.
      this.log.warn({ err: error, job: name }, 'could not claim a background job');
      return 'failed';
    } finally {
      if (locked) await runner.query(`SELECT pg_advisory_unlock(hashtextextended('job:' || $1, 0))`, [name]).catch(() => undefined);
      await runner.release().catch(() => undefined);
    }
  }
}
