import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction, type TenantTransactionOptions, type TenantTx } from './tenant-transaction';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

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

  async ready(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
