import type { DataSource, EntityManager } from 'typeorm';

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

/**
 * The one place that sets the tenant of a transaction: RLS reads app.tenant_id, local to the
 * transaction, so a pooled connection never carries one tenant's scope into another's work.
 */
export async function scopeToTenant(manager: EntityManager, tenantId: string): Promise<TenantTx> {
  if (!tenantId) throw new Error('a tenant transaction needs a tenant');
  await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
  return new TenantTx(manager, tenantId);
}

/** Runs work in a new transaction scoped to one tenant, retrying conflicts if asked to. */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  tenantId: string,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantTransactionOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let tx: TenantTx | undefined;
    try {
      const run = async (manager: EntityManager) => {
        tx = await scopeToTenant(manager, tenantId);
        return work(tx);
      };
      // READ COMMITTED is PostgreSQL's default: naming it would cost a SET statement per transaction.
      const result = options.isolation ? await dataSource.transaction(options.isolation, run) : await dataSource.transaction(run);
      tx?.runEffects();
      return result;
    } catch (error) {
      if (attempt < (options.retries ?? 0) && isRetryable(error)) continue;
      throw error;
    }
  }
}
