/** One job's answer out of a batch: its own result or its own refusal. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<J, R> {
  job: J;
  /** performance.now() at submit: how long it waited for its batch is what queueing costs. */
  since: number;
  resolve(value: R): void;
  reject(error: unknown): void;
}

interface Lane<J, R> {
  waiting: Array<Waiting<J, R>>;
}

/** Told of each batch run: how many jobs, how long each waited for it (ms), and how long it ran (ms). */
export type BatchObserver = (batch: { size: number; waitedMs: number[]; ranMs: number }) => void;

/**
 * Group commit within this process: the jobs of one key (the trades of one instance) are run in
 * batches, one batch at a time, while other keys' batches run alongside. A job that finds its
 * key idle starts at once, alone (no timer, so a lone trade is never delayed); jobs that arrive
 * while a batch is running wait for it, however briefly, and then go together in the next, up
 * to `maxSize`. So a job waits at most for one batch in flight, and a burst holds one pooled
 * connection, not one per trader. The markets' row locks are what keep batches of several
 * processes apart.
 */
export class MarketBatches<J, R> {
  private readonly lanes = new Map<string, Lane<J, R>>();

  constructor(
    private readonly run: (key: string, jobs: J[]) => Promise<Array<Settled<R>>>,
    private readonly maxSize: number,
    private readonly observe?: BatchObserver,
  ) {}

  submit(key: string, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const lane = this.lanes.get(key);
      const waiting = { job, since: performance.now(), resolve, reject };
      if (lane) {
        lane.waiting.push(waiting);
        return;
      }
      const started: Lane<J, R> = { waiting: [waiting] };
      this.lanes.set(key, started);
      void this.drain(key, started);
    });
  }

  private async drain(key: string, lane: Lane<J, R>): Promise<void> {
    while (lane.waiting.length > 0) {
      const taken = lane.waiting.splice(0, this.maxSize);
      const startedAt = performance.now();
      let settled: Array<Settled<R>>;
      try {
        settled = await this.run(
          key,
          taken.map((w) => w.job),
        );
      } catch (error) {
        settled = taken.map(() => ({ ok: false, error }));
      }
      this.observe?.({ size: taken.length, waitedMs: taken.map((w) => startedAt - w.since), ranMs: performance.now() - startedAt });
      taken.forEach((waiting, i) => {
        const answer = settled[i];
        if (answer.ok) waiting.resolve(answer.value);
        else waiting.reject(answer.error);
      });
    }
    this.lanes.delete(key);
  }
}
