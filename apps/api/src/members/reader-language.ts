import { isMember, type Actor } from '../auth/actor';
import type { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { requestLoader } from '../common/graphql/request-loaders';
import { readingLanguage, type Language } from '../common/language/language';
import { tenantLanguage } from '../tenants/tenant-language';

/** The language a member reads in: their own choice, else their instance's default. */
export async function readerLanguage(tx: TenantTx, memberId: string): Promise<Language> {
  const row = await tx.one<{ language: string | null }>(`SELECT language FROM members WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    memberId,
  ]);
  // Most members never choose, so the instance's default is read only when it is needed.
  return row?.language ? readingLanguage(row.language, null) : tenantLanguage(tx);
}

/**
 * The language each member reads in, for a fan-out of notifications: one statement for all of
 * them, and the instance's default read once, only if one of them never chose. Members not found
 * read the instance's default.
 */
export async function readerLanguages(tx: TenantTx, memberIds: readonly string[]): Promise<Map<string, Language>> {
  const wanted = [...new Set(memberIds)];
  if (wanted.length === 0) return new Map();
  const rows = await tx.query<{ id: string; language: string | null }>(
    `SELECT id, language FROM members WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tx.tenantId, wanted],
  );
  const chosen = new Map(rows.flatMap((row) => (row.language ? [[row.id, readingLanguage(row.language, null)] as const] : [])));
  const fallback = chosen.size < wanted.length ? await tenantLanguage(tx) : 'en';
  return new Map(wanted.map((id) => [id, chosen.get(id) ?? fallback]));
}

/** The language of whoever asks (a visitor reads the instance's default), looked up once per batch of fields. */
export function requesterLanguage(db: Database, actor: Actor): Promise<Language> {
  const loader = requestLoader<'requester', Language>(actor, 'requesterLanguage', async (keys) => {
    const language = await db.withTenant(actor.tenantId, (tx) =>
      isMember(actor) ? readerLanguage(tx, actor.memberId) : tenantLanguage(tx),
    );
    return keys.map(() => language);
  });
  return loader.load('requester');
}
