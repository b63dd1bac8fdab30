import { randomUUID } from 'node:crypto';
import { Database } from '../database/database.service';
import { LivePubSub, tenantTopic } from '../live/live-pubsub';
import type { TestApp } from './test-app';

/**
 * Waits until the app has registered `count` subscriptions to the topic. A client's subscribe
 * message is handled some time after it is sent, so a test that acts before then races the
 * server; waiting on the server's own count does not.
 */
export async function untilSubscribed(app: TestApp, topic: string, count = 1, ms = 10_000): Promise<void> {
  const live = app.app.get(LivePubSub);
  const deadline = Date.now() + ms;
  while (live.subscriberCount(topic) < count) {
    if (Date.now() > deadline) throw new Error(`${topic} had ${live.subscriberCount(topic)} of ${count} subscribers after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Waits until `listener` has handled every live event of the tenant that `publisher` committed so
 * far. An event reaches subscribers some time after its commit, so one committed before a
 * subscription starts (a market's opening, say) may still arrive on it; a marker published now
 * arrives after all of them (one process's announcements keep their order), so once it is heard
 * a new subscription hears only what happens next.
 */
export async function untilEarlierEventsHeard(listener: TestApp, tenantId: string, publisher: TestApp = listener): Promise<void> {
  const topic = tenantTopic(tenantId, 'test', `marker-${randomUUID()}`);
  const heard = listener.app.get(LivePubSub).subscribe(topic);
  try {
    await publisher.app.get(Database).withTenant(tenantId, (tx) => publisher.app.get(LivePubSub).publish(tx, topic, { marker: true }));
    await heard.next();
  } finally {
    await heard.return?.();
  }
}
