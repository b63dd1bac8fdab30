import type { Logger } from 'pino';
import { liveReconnects } from '../common/metrics/metrics';
import { RedisConnection } from './redis-connection';

const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 5_000;

/** What the relay tells the process's fan-out. */
export interface RelayListener {
  /** An announcement published on the channel, by this process or another. */
  heard(message: string): void;
  /** The subscription is back after being lost at `lostAt` (epoch ms): what was published meanwhile must be read back. */
  resumed(lostAt: number): void;
}

/**
 * Carries live announcements between processes through Redis instead of NOTIFY. Publishes go out
 * one at a time, in the order this process committed them; the subscription reconnects with
 * back-off after a loss and then says from when the fan-out must catch up.
 */
export class LiveRedisRelay {
  private subscriber?: RedisConnection;
  private publisher?: RedisConnection;
  /** Redis publishes go out one at a time, in the order this process committed them. */
  private publishing: Promise<void> = Promise.resolve();
  /** Set while disconnected: when the subscription was lost. */
  private lostAt?: number;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer?: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly log: Logger,
    private readonly listener: RelayListener,
  ) {}

  /** True while the subscription hears every process's announcements. */
  get connected(): boolean {
    return this.subscriber?.isOpen === true && this.lostAt === undefined;
  }

  /** Stops reconnecting at once, lets the publishes already queued go out, then closes both connections. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    await this.publishing.catch(() => undefined);
    this.subscriber?.close();
    this.publisher?.close();
  }

  publish(message: string): void {
    this.publishing = this.publishing.then(async () => {
      // One fresh connection is worth a try; beyond that the event is not lost, only late: it is
      // in live_events, and a subscriber that lost Redis too reads it back when it reconnects.
      for (let attempt = 0; attempt < 2 && !this.closing; attempt++) {
        try {
          if (!this.publisher?.isOpen) this.publisher = await RedisConnection.open(this.url, 1_000);
          await this.publisher.publish(this.channel, message);
          return;
        } catch (error) {
          this.publisher?.close();
          this.publisher = undefined;
          if (attempt === 1) this.log.warn({ err: error }, 'a live update could not be published to redis');
        }
      }
    });
  }

  async connect(): Promise<void> {
    let subscriber: RedisConnection;
    try {
      subscriber = await RedisConnection.open(this.url);
      await subscriber.subscribe(this.channel);
    } catch (error) {
      this.lost(error);
      return;
    }
    subscriber.on('message', (channel: string, text: string) => {
      if (channel === this.channel) this.listener.heard(text);
    });
    subscriber.once('close', () => this.lost());
    this.subscriber = subscriber;
    const lostAt = this.lostAt;
    if (lostAt !== undefined) this.listener.resumed(lostAt);
    this.lostAt = undefined;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  private lost(error?: unknown): void {
    if (this.closing || this.reconnectTimer) return;
    this.subscriber = undefined;
    this.lostAt ??= Date.now();
    this.log.warn({ err: error }, 'live updates lost their redis connection; reconnecting');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      liveReconnects.inc();
      void this.connect();
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
  }
}
