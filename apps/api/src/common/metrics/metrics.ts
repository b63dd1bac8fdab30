import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served at GET /metrics. Module-level so any capability can
 * count what it does (trades, jobs, live events) without a dependency on Nest; several apps in
 * one test process share them, which only adds their counts together.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'ix_process_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = new Counter({
  name: 'ix_graphql_requests_total',
  help: 'GraphQL operations answered, by operation name and whether they carried errors.',
  labelNames: ['operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'ix_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its answer.',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const refusals = new Counter({
  name: 'ix_refusals_total',
  help: 'Errors answered to clients, by contract code (INTERNAL_SERVER_ERROR counts faults of ours).',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

/** For the trade engine: count every trade it commits, by side. */
export const trades = new Counter({
  name: 'ix_trades_total',
  help: 'Trades committed, by side (BUY or SELL).',
  labelNames: ['side'] as const,
  registers: [metricsRegistry],
});

/** For the trade engine: observe how many trades each commit carried. */
export const tradeBatchSize = new Histogram({
  name: 'ix_trade_batch_size',
  help: 'Trades committed per database transaction.',
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
  registers: [metricsRegistry],
});

/** Fine enough to tell a WAL flush from a queue: trades take milliseconds. */
const TRADE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** For the trade engine: per trade, its wait for a batch to start and the run of the batch it went in. */
export const tradeQueueSeconds = new Histogram({
  name: 'ix_trade_queue_seconds',
  help: 'Per trade, by stage: waiting in the batcher for its batch to start, and the run of that batch.',
  labelNames: ['stage'] as const,
  buckets: TRADE_BUCKETS,
  registers: [metricsRegistry],
});

/** For the trade engine: where a batch's run goes. */
export const tradeBatchPhaseSeconds = new Histogram({
  name: 'ix_trade_batch_phase_seconds',
  help: 'Per trade batch, by phase: a pooled connection and BEGIN (connect), its statements (work), and COMMIT with the release (commit).',
  labelNames: ['phase'] as const,
  buckets: TRADE_BUCKETS,
  registers: [metricsRegistry],
});

export const jobRuns = new Counter({
  name: 'ix_background_job_runs_total',
  help: 'Runs of scheduled background jobs claimed by this process, by job and result.',
  labelNames: ['job', 'result'] as const,
  registers: [metricsRegistry],
});

export const jobLag = new Gauge({
  name: 'ix_background_job_lag_seconds',
  help: 'How late the last run of each job started after it fell due.',
  labelNames: ['job'] as const,
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'ix_background_job_duration_seconds',
  help: 'How long each background job run took.',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
  registers: [metricsRegistry],
});

export const liveEventsDelivered = new Counter({
  name: 'ix_live_events_received_total',
  help: 'Live events this process received from the shared fan-out, by how they came (notify or catch-up).',
  labelNames: ['via'] as const,
  registers: [metricsRegistry],
});

export const liveReconnects = new Counter({
  name: 'ix_live_reconnects_total',
  help: 'Times the live fan-out connection to the database was re-established.',
  registers: [metricsRegistry],
});

type Sampler = () => number;

const subscriberCounts = new Set<Sampler>();
const pools = new Set<() => { total: number; idle: number; waiting: number; max: number }>();

export const liveSubscribers = new Gauge({
  name: 'ix_live_subscribers',
  help: 'Open GraphQL subscriptions held by this process.',
  registers: [metricsRegistry],
  collect() {
    let sum = 0;
    for (const count of subscriberCounts) sum += count();
    this.set(sum);
  },
});

export const databasePool = new Gauge({
  name: 'ix_database_pool_connections',
  help: 'Connections of the database pool, by state (total, idle, waiting clients, max).',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const sum = { total: 0, idle: 0, waiting: 0, max: 0 };
    for (const sample of pools) {
      const s = sample();
      sum.total += s.total;
      sum.idle += s.idle;
      sum.waiting += s.waiting;
      sum.max += s.max;
    }
    for (const [state, value] of Object.entries(sum)) this.set({ state }, value);
  },
});

/** Samples a source only while it is registered; returns the function that unregisters it. */
export function sampleLiveSubscribers(count: Sampler): () => void {
  subscriberCounts.add(count);
  return () => subscriberCounts.delete(count);
}

export function samplePool(sample: () => { total: number; idle: number; waiting: number; max: number }): () => void {
  pools.add(sample);
  return () => pools.delete(sample);
}
