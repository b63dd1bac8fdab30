import { MarketQueue } from './market-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the per-market queue', () => {
  it('runs tasks of one market one at a time, in order, and other markets alongside', async () => {
    const queue = new MarketQueue();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };

    const hot = Promise.all([queue.run('a', task('a1')), queue.run('a', task('a2')), queue.run('a', task('a3'))]);
    const other = queue.run('b', task('b1'));

    await expect(hot).resolves.toEqual(['a1', 'a2', 'a3']);
    await expect(other).resolves.toBe('b1');
    const a = log.filter((line) => line.endsWith('a1') || line.endsWith('a2') || line.endsWith('a3'));
    expect(a).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
    expect(most).toBe(2);
  });

  it('carries on after a failed task, passing the failure only to its own caller', async () => {
    const queue = new MarketQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('refused')));
    const next = queue.run('a', () => Promise.resolve('ok'));

    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('ok');
  });
});
