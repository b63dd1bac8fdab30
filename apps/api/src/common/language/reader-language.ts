import { isMember, type Actor } from '../../auth/actor';
import type { Database } from '../../database/database.service';
import type { TenantTx } from '../../database/tenant-transaction';
import { requestLoader } from '../graphql/request-loaders';
import { readingLanguage, type Language } from './language';

/** The language a member reads in: their own choice, else their instance's default. */
export async function readerLanguage(tx: TenantTx, memberId: string): Promise<Language> {
  const row = await tx.one<{ language: string | null; default_language: string }>(
    `SELECT m.language, t.default_language FROM members m JOIN tenants t ON t.id = m.tenant_id WHERE m.tenant_id = $1 AND m.id = $2`,
    [tx.tenantId, memberId],
  );
  return readingLanguage(row?.language, row?.default_language);
}

/** The language of whoever asks (a visitor reads the instance's default), looked up once per batch of fields. */
export function requesterLanguage(db: Database, actor: Actor): Promise<Language> {
  const loader = requestLoader<'requester', Language>(actor, 'requesterLanguage', async (keys) => {
    const language = await db.withTenant(actor.tenantId, async (tx) => {
      if (isMember(actor)) return readerLanguage(tx, actor.memberId);
      const row = await tx.one<{ default_language: string }>(`SELECT default_language FROM tenants WHERE id = $1`, [actor.tenantId]);
      return readingLanguage(null, row?.default_language);
    });
    return keys.map(() => language);
  });
  return loader.load('requester');
}
