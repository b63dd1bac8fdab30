import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction, type TenantTransactionOptions, type TenantTx } from './tenant-transaction';

export const DATA_SOURCE = Symbol('DATA_SOURCE');
const READY_TIMEOUT_MS = 2_000;

@Injectable()
export class Database {
  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  withTenant<T>(tenantId: string, work: (tx: TenantTx) => Promise<T>, options?: TenantTransactionOptions): Promise<T> {
    return inTenantTransaction(this.dataSource, tenantId, work, options);
  }

  /** Platform-level work (the tenants table). No tenant is set, so RLS hides every tenant row. */
  withPlatform<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Whether the database answers within a couple of seconds (health checks must not hang). */
  async ready(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    const answer = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
