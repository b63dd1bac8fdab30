import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client, type Notification as PgNotification } from 'pg';
import type { Logger } from 'pino';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { liveEventsDelivered, liveReconnects, sampleLiveSubscribers } from '../common/metrics/metrics';
import { decodeLivePayload, encodeLivePayload } from './live-codec';
import { LiveRedisRelay } from './live-redis-relay';

/** A subscriber that reads slower than events arrive loses the oldest ones rather than memory. */
const MAX_QUEUED = 500;
/** The PostgreSQL channel every process listens on. */
export const LIVE_CHANNEL = 'ix_live';
/** How long delivered event ids are remembered, so a catch-up never delivers one twice. */
const REMEMBER_MS = 15 * 60 * 1000;
/** Catch-up reads back this far before the moment the connection was lost (clock skew, commits in flight). */
const CATCH_UP_MARGIN_MS = 30_000;
const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 5_000;

type Listener = (payload: unknown) => void;

interface LiveEventRow {
  id: string;
  topic: string;
  payload: unknown;
}

/** One event to publish: its topic and its payload. */
export interface LiveItem {
  topic: string;
  payload: unknown;
}

/**
 * What a NOTIFY or a Redis message carries: one transaction's events with their payloads (`e`),
 * or, when that would not fit a notification, only their ids (`ids`), read back from live_events.
 */
interface LiveAnnouncement {
  t: string;
  e?: Array<{ i: string; topic: string; p: unknown }>;
  ids?: string[];
}

const INSERT_EVENTS = `INSERT INTO live_events (tenant_id, topic, payload)
  SELECT $1, u.topic, u.payload FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY AS u(topic, payload, ord) ORDER BY u.ord
  RETURNING id::text AS id`;

/** Identity values rise in insert order, so ordering by id keeps the order the events were given. */
const INSERT_AND_NOTIFY = `WITH e AS (
    INSERT INTO live_events (tenant_id, topic, payload)
    SELECT $1, u.topic, u.payload FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY AS u(topic, payload, ord) ORDER BY u.ord
    RETURNING id, topic, payload
  ), note AS (
    SELECT json_build_object('t', $1::text,
             'e', json_agg(json_build_object('i', e.id::text, 'topic', e.topic, 'p', e.payload) ORDER BY e.id))::text AS whole,
           json_build_object('t', $1::text, 'ids', json_agg(e.id::text ORDER BY e.id))::text AS brief
      FROM e
  )
  SELECT pg_notify('${LIVE_CHANNEL}', CASE WHEN octet_length(whole) < 7900 THEN whole ELSE brief END) FROM note`;

/**
 * Topic of a live event. Every topic starts with the tenant, so no subscription can ever name
 * another instance's events.
 */
export function tenantTopic(tenantId: string, channel: string, key = ''): string {
  return `${tenantId}:${channel}:${key}`;
}

function tenantOf(topic: string): string {
  return topic.slice(0, topic.indexOf(':'));
}

/**
 * Publish/subscribe for GraphQL subscriptions across every process. An event is written to
 * live_events and announced with NOTIFY inside the transaction that made the change, so it exists
 * exactly when the change does, and PostgreSQL tells every listening process in commit order
 * (which, for one market, is the order its row lock gave the trades). Each process delivers to its
 * own subscribers. A process that loses its LISTEN connection reconnects and reads what it missed
 * from live_events, skipping ids it already delivered. Any topic works: the domain names it.
 *
 * With REDIS_URL set, Redis carries the announcements instead (`LiveRedisRelay`; PostgreSQL
 * then has no NOTIFY traffic): the event is still written to live_events in the transaction, and
 * after commit this process PUBLISHes it, one at a time in its own commit order. A process whose
 * Redis subscription drops catches up from live_events exactly as above, so a Redis restart
 * loses nothing. Between processes Redis keeps arrival order, not commit order: a trade on one
 * market committed by another process can only overtake the previous one if it commits within
 * that one's PUBLISH.
 */
@Injectable()
export class LivePubSub implements OnModuleInit, OnModuleDestroy {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly open = new Set<AsyncIterableIterator<unknown>>();
  /** Event id -> when it was delivered here. */
  private readonly delivered = new Map<string, number>();
  private client?: Client;
  /** Set while disconnected: when the connection was lost. */
  private lostAt?: number;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer?: NodeJS.Timeout;
  private closing = false;
  /** Notifications are handled one at a time, so delivery keeps their order. */
  private chain: Promise<void> = Promise.resolve();
  private stopSampling?: () => void;
  /** Set when REDIS_URL is: Redis then carries the announcements instead of NOTIFY. */
  private relay?: LiveRedisRelay;

  constructor(
    private readonly db: Database,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.stopSampling = sampleLiveSubscribers(() => this.open.size);
    if (!this.config.redisUrl) return this.connect();
    this.relay = new LiveRedisRelay(this.config.redisUrl, LIVE_CHANNEL, this.log, {
      heard: (text) => this.enqueue(() => this.onNotification(undefined, { channel: LIVE_CHANNEL, payload: text, processId: 0 })),
      resumed: (lostAt) =>
        this.enqueue(async () => {
          const client = await this.readerClient();
          try {
            await this.catchUp(client, lostAt);
          } finally {
            await client.end().catch(() => undefined);
          }
        }),
    });
    await this.relay.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    const relayClosed = this.relay?.close();
    this.stopSampling?.();
    for (const iterator of [...this.open]) void iterator.return?.();
    await this.chain.catch(() => undefined);
    await relayClosed;
    await this.client?.end().catch(() => undefined);
  }

  /**
   * Announces an event on a topic as part of the transaction: it reaches subscribers in every
   * process once the transaction commits, and never if it rolls back.
   */
  async publish<T>(tx: TenantTx, topic: string, payload: T): Promise<void> {
    await this.publishMany(tx, [{ topic, payload }]);
  }

  /**
   * Announces several events as part of the transaction, in the order given, with one insert and
   * one announcement for all of them (a batch of trades announces each market it moved): a
   * transaction's NOTIFYs are flushed at commit, so one per event would only add round trips.
   */
  async publishMany(tx: TenantTx, items: ReadonlyArray<LiveItem>): Promise<void> {
    if (items.length === 0) return;
    for (const { topic } of items) {
      if (tenantOf(topic) !== tx.tenantId) throw new Error('a live topic must belong to the transaction’s tenant');
    }
    const topics = items.map((item) => item.topic);
    const payloads = items.map((item) => encodeLivePayload(item.payload));
    if (this.relay) {
      const relay = this.relay;
      const rows = await tx.prepared<{ id: string }>('live_events_insert', INSERT_EVENTS, [tx.tenantId, topics, payloads]);
      const message: LiveAnnouncement = {
        t: tx.tenantId,
        e: rows.map((row, n) => ({ i: row.id, topic: topics[n], p: JSON.parse(payloads[n]) as unknown })),
      };
      tx.afterCommit(() => relay.publish(JSON.stringify(message)));
      return;
    }
    await tx.prepared('live_events_notify', INSERT_AND_NOTIFY, [tx.tenantId, topics, payloads]);
  }

  /** How many subscribers a topic has in this process (for tests and health). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  /** True while this process hears other processes' events. */
  get connected(): boolean {
    if (this.relay) return this.relay.connected;
    return this.client !== undefined && this.lostAt === undefined;
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

  private deliver(id: string, topic: string, payload: unknown, via: 'notify' | 'catch-up'): void {
    if (this.delivered.has(id)) return;
    this.remember(id);
    liveEventsDelivered.inc({ via });
    const set = this.listeners.get(topic);
    if (!set) return;
    const value = decodeLivePayload(payload);
    for (const listener of set) listener(value);
  }

  private async connect(): Promise<void> {
    const options = this.db.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: options.url, application_name: 'idea-exchange-live' });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.lost(client, error);
      return;
    }
    client.on('notification', (note: PgNotification) => this.enqueue(() => this.onNotification(client, note)));
    this.client = client;
    const lostAt = this.lostAt;
    if (lostAt !== undefined) {
      // Notifications that arrive meanwhile queue behind the catch-up, so order holds.
      this.enqueue(() => this.catchUp(client, lostAt));
    }
    this.lostAt = undefined;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  private lost(client: Client, error?: unknown): void {
    if (this.closing) return;
    if (this.client && this.client !== client) return;
    if (this.reconnectTimer) return;
    this.client = undefined;
    this.lostAt ??= Date.now();
    this.log.warn({ err: error }, 'live updates lost their database connection; reconnecting');
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      liveReconnects.inc();
      void this.connect();
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
  }

  /** A short-lived connection for reading live_events back (Redis mode keeps no LISTEN client). */
  private async readerClient(): Promise<Client> {
    const options = this.db.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: options.url, application_name: 'idea-exchange-live' });
    await client.connect();
    return client;
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => this.log.warn({ err: error }, 'a live update could not be delivered'));
  }

  private async onNotification(client: Client | undefined, note: PgNotification): Promise<void> {
    if (note.channel !== LIVE_CHANNEL || !note.payload) return;
    const announced = JSON.parse(note.payload) as LiveAnnouncement;
    if (announced.e) {
      for (const event of announced.e) {
        if (this.listeners.has(event.topic)) this.deliver(event.i, event.topic, event.p, 'notify');
        else this.remember(event.i);
      }
      return;
    }
    if (!announced.ids?.length || this.listeners.size === 0) return;
    // Too large for a notification: read them back, within their tenant. Ordered by the column:
    // a bare `id` would name the text selected, and '100000' sorts before '99999'.
    const reader = client ?? (await this.readerClient());
    try {
      const rows = await this.inTenant<LiveEventRow>(
        reader,
        announced.t,
        `SELECT id::text, topic, payload FROM live_events WHERE tenant_id = $1 AND id = ANY($2::bigint[]) ORDER BY live_events.id`,
        [announced.t, announced.ids],
      );
      for (const row of rows) {
        if (this.listeners.has(row.topic)) this.deliver(row.id, row.topic, row.payload, 'notify');
        else this.remember(row.id);
      }
    } finally {
      if (reader !== client) await reader.end().catch(() => undefined);
    }
  }

  /** Delivers what was published while this process was not listening, oldest first. */
  private async catchUp(client: Client, lostAt: number): Promise<void> {
    this.forgetOld();
    const tenants = new Set([...this.listeners.keys()].map(tenantOf));
    const since = new Date(lostAt - CATCH_UP_MARGIN_MS);
    let caught = 0;
    for (const tenantId of tenants) {
      const rows = await this.inTenant<LiveEventRow>(
        client,
        tenantId,
        `SELECT id::text, topic, payload FROM live_events WHERE tenant_id = $1 AND created_at >= $2 ORDER BY live_events.id`,
        [tenantId, since],
      );
      for (const row of rows) {
        if (!this.delivered.has(row.id)) caught += 1;
        this.deliver(row.id, row.topic, row.payload, 'catch-up');
      }
    }
    this.log.info({ caught, tenants: tenants.size }, 'live updates reconnected and caught up');
  }

  private async inTenant<T>(client: Client, tenantId: string, sql: string, parameters: unknown[]): Promise<T[]> {
    await client.query('BEGIN READ ONLY');
    try {
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const { rows } = await client.query(sql, parameters);
      await client.query('COMMIT');
      return rows as T[];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private remember(id: string): void {
    this.delivered.set(id, Date.now());
    if (this.delivered.size % 1_000 === 0) this.forgetOld();
  }

  private forgetOld(): void {
    const cutoff = Date.now() - REMEMBER_MS;
    for (const [id, at] of this.delivered) {
      if (at >= cutoff) break;
      this.delivered.delete(id);
    }
  }
}
