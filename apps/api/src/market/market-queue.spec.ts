import { MarketBatches, type Settled } from './market-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the per-market batches', () => {
  function recording(maxSize = 10) {
    const batches: string[][] = [];
    let running = 0;
    let most = 0;
    const queue = new MarketBatches<string, string>(async (_key, jobs) => {
      running += 1;
      most = Math.max(most, running);
      batches.push(jobs);
      await tick();
      running -= 1;
      return jobs.map((job): Settled<string> =>
        job.startsWith('bad') ? { ok: false, error: new Error(job) } : { ok: true, value: `done ${job}` },
      );
    }, maxSize);
    return { queue, batches, most: () => most };
  }

  it('starts a lone job at once, and takes the jobs that arrive meanwhile together in the next batch', async () => {
    const { queue, batches } = recording();
    const first = queue.submit('a', 'a1');
    expect(batches).toEqual([['a1']]);
    const rest = ['a2', 'a3', 'a4'].map((job) => queue.submit('a', job));

    await expect(Promise.all([first, ...rest])).resolves.toEqual(['done a1', 'done a2', 'done a3', 'done a4']);
    expect(batches).toEqual([['a1'], ['a2', 'a3', 'a4']]);
  });

  it('runs one batch at a time per market, other markets alongside, and no batch above its size', async () => {
    const { queue, batches, most } = recording(2);
    const jobs = ['a1', 'a2', 'a3', 'a4', 'a5'].map((job) => queue.submit('a', job));
    const other = queue.submit('b', 'b1');

    await Promise.all([...jobs, other]);
    expect(batches.filter((batch) => batch[0].startsWith('a'))).toEqual([['a1'], ['a2', 'a3'], ['a4', 'a5']]);
    expect(most()).toBe(2);
  });

  it('gives each job its own answer: one refused, the others done; and a failed run to each of its jobs', async () => {
    const { queue } = recording();
    const first = queue.submit('a', 'a1');
    const refused = queue.submit('a', 'bad-a2');
    const done = queue.submit('a', 'a3');
    await expect(first).resolves.toBe('done a1');
    await expect(refused).rejects.toThrow('bad-a2');
    await expect(done).resolves.toBe('done a3');

    const failing = new MarketBatches<string, string>(() => Promise.reject(new Error('connection lost')), 10);
    await expect(failing.submit('a', 'x')).rejects.toThrow('connection lost');
    await expect(failing.submit('a', 'y')).rejects.toThrow('connection lost');
  });

  it('tells its observer each batch: how many jobs, how long each waited for it, and how long it ran', async () => {
    const seen: Array<{ size: number; waitedMs: number[]; ranMs: number }> = [];
    const queue = new MarketBatches<string, string>(
      async (_key, jobs) => {
        await tick();
        return jobs.map((job): Settled<string> => ({ ok: true, value: job }));
      },
      10,
      (batch) => seen.push(batch),
    );
    await Promise.all(['a1', 'a2', 'a3'].map((job) => queue.submit('a', job)));

    expect(seen.map((batch) => batch.waitedMs.length)).toEqual([1, 2]);
    expect(seen.map((batch) => batch.size)).toEqual([1, 2]);
    // The lone first job starts at once; the two behind it wait out its run, timed by the clock.
    expect(seen[0].ranMs).toBeGreaterThan(0);
    for (const waited of seen[1].waitedMs) expect(waited).toBeGreaterThan(seen[0].waitedMs[0]);
  });
});
