import { LivePubSub } from '../live/live-pubsub';
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
