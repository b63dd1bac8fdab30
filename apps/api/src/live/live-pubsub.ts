import { Injectable, type OnModuleDestroy } from '@nestjs/common';

/** A subscriber that reads slower than events arrive loses the oldest ones rather than memory. */
const MAX_QUEUED = 500;

type Listener = (payload: unknown) => void;

/**
 * Topic of a live event. Every topic starts with the tenant, so no subscription can ever name
 * another instance's events.
 */
export function tenantTopic(tenantId: string, channel: string, key = ''): string {
  return `${tenantId}:${channel}:${key}`;
}

/**
 * In-process publish/subscribe for GraphQL subscriptions. Publish only after the transaction
 * that made the change has committed (TenantTx.afterCommit), so no one hears of a rolled-back
 * change.
 */
@Injectable()
export class LivePubSub implements OnModuleDestroy {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly open = new Set<AsyncIterableIterator<unknown>>();

  publish<T>(topic: string, payload: T): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  /** How many subscribers a topic has (for tests and health). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    const waiting: Array<(result: IteratorResult<T>) => void> = [];
    let done = false;

    const listener: Listener = (payload) => {
      const next = waiting.shift();
      if (next) next({ value: payload as T, done: false });
      else {
        queue.push(payload as T);
        if (queue.length > MAX_QUEUED) queue.shift();
      }
    };
    const stop = () => {
      if (done) return;
      done = true;
      const set = this.listeners.get(topic);
      set?.delete(listener);
      if (set?.size === 0) this.listeners.delete(topic);
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      this.open.delete(iterator);
    };

    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: () => {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error?: unknown) => {
        stop();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };

    if (!this.listeners.has(topic)) this.listeners.set(topic, new Set());
    this.listeners.get(topic)?.add(listener);
    this.open.add(iterator as AsyncIterableIterator<unknown>);
    return iterator;
  }

  onModuleDestroy(): void {
    for (const iterator of [...this.open]) void iterator.return?.();
  }
}
