/**
 * Runs the trades of one market one after another within this process; other markets' trades
 * run alongside. The market's row lock is what makes trades correct, across replicas too; this
 * queue only keeps a burst on one hot market from parking every pooled connection on that lock,
 * where sign-ins and trades on other markets would then wait for a connection.
 */
export class MarketQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
