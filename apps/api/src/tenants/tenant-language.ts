import type { TenantTx } from '../database/tenant-transaction';
import { readingLanguage, type Language } from '../common/language/language';

/** The instance's default language, read inside the caller's transaction. */
export async function tenantLanguage(tx: TenantTx): Promise<Language> {
  const row = await tx.one<{ default_language: string }>(`SELECT default_language FROM tenants WHERE id = $1`, [tx.tenantId]);
  return readingLanguage(null, row?.default_language);
}
