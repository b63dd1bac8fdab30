import type { ClientBase } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Clock } from '../common/clock/clock';

/** A database transaction scoped to one tenant: RLS sees app.tenant_id, repositories see tenantId. */
export class TenantTx {
  private readonly effects: Array<() => void> = [];

  constructor(
    readonly manager: EntityManager,
    readonly tenantId: string,
  ) {}

  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]> {
    return this.manager.query(sql, parameters);
  }

  async one<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T | undefined> {
    const rows = await this.manager.query(sql, parameters);
    return rows[0];
  }

  /**
   * A named prepared statement: parsed and planned once per connection, then only bound and run.
   * For the hot paths (trades, reads per request); `name` must always go with the same `sql`.
   * Errors are the driver's own (`code`, `constraint`), not TypeORM's wrapping.
   */
  async prepared<T = Record<string, unknown>>(name: string, sql: string, parameters: unknown[]): Promise<T[]> {
    const client = connectionOf(this.manager.queryRunner);
    if (!client) return this.query<T>(sql, parameters);
    const result = await client.query({ name, text: sql, values: parameters });
    return result.rows as T[];
  }

  /** Runs once the transaction has committed (live updates, e-mail): never for a rolled-back one. */
  afterCommit(effect: () => void): void {
    this.effects.push(effect);
  }

  runEffects(): void {
    for (const effect of this.effects.splice(0)) effect();
  }
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface TenantTransactionOptions {
  isolation?: IsolationLevel;
  /** Retries after a serialization failure or deadlock; the work must be safe to run again. */
  retries?: number;
}

const RETRYABLE = new Set(['40001', '40P01']);

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? (error as { code?: unknown })?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** The driver's connection under a TypeORM query runner (PostgreSQL), once connected. */
function connectionOf(runner: QueryRunner | undefined): ClientBase | undefined {
  return (runner as { databaseConnection?: ClientBase } | undefined)?.databaseConnection;
}

/**
 * The moment the transaction's rows are stamped with (app_now): empty for the real time, or the
 * earlier moment of `Clock.asOf`, as ISO text (no quote can be in it).
 */
function moment(): string {
  return Clock.pinnedMoment()?.toISOString() ?? '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place that sets the tenant of a transaction: RLS reads app.tenant_id, local to the
 * transaction, so a pooled connection never carries one tenant's scope into another's work.
 */
export async function scopeToTenant(manager: EntityManager, tenantId: string): Promise<TenantTx> {
  if (!tenantId) throw new Error('a tenant transaction needs a tenant');
  await manager.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.now', $2, true)`, [tenantId, moment()]);
  return new TenantTx(manager, tenantId);
}

/**
 * Opens the transaction and sets its tenant and moment in one round trip (a simple-protocol message
 * of two statements; the tenant is a UUID, checked before it is written into the text), then tells
 * TypeORM's runner that a transaction is open, as its own startTransaction would, so repository
 * writes inside join it instead of opening their own.
 */
async function beginForTenant(runner: QueryRunner, tenantId: string, isolation?: IsolationLevel): Promise<void> {
  const client = connectionOf(runner);
  if (!client || !UUID.test(tenantId)) {
    await runner.startTransaction(isolation);
    await scopeToTenant(runner.manager, tenantId);
    return;
  }
  // Marked first, so a failure half-way through the message still rolls back.
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
  await client.query(
    `BEGIN${isolation ? ` ISOLATION LEVEL ${isolation}` : ''}; SELECT set_config('app.tenant_id', '${tenantId.toLowerCase()}', true), set_config('app.now', '${moment()}', true)`,
  );
}

/** Runs work in a new transaction scoped to one tenant, retrying conflicts if asked to. */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  tenantId: string,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantTransactionOptions = {},
): Promise<T> {
  if (!tenantId) throw new Error('a tenant transaction needs a tenant');
  for (let attempt = 0; ; attempt++) {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
      await beginForTenant(runner, tenantId, options.isolation);
      const tx = new TenantTx(runner.manager, tenantId);
      const result = await work(tx);
      await runner.commitTransaction();
      Clock.unpinned(() => tx.runEffects());
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (attempt < (options.retries ?? 0) && isRetryable(error)) continue;
      throw error;
    } finally {
      await runner.release();
    }
  }
}
