import type { TenantTx } from '../../database/tenant-transaction';
import { SupportEntity } from './support.entity';

/** Support's SQL: one row per member and idea. */
export const SupportStore = {
  /**
   * Whether the support is new: supporting twice inserts nothing. Dated by the app's clock, the
   * time trending counts back from.
   */
  async insert(tx: TenantTx, idea: { id: string; authorId: string }, memberId: string, at: Date): Promise<boolean> {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO supports (tenant_id, idea_id, idea_author_id, member_id, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT supports_one_per_member DO NOTHING RETURNING id`,
      [tx.tenantId, idea.id, idea.authorId, memberId, at],
    );
    return inserted.length > 0;
  },

  async supportersOf(tx: TenantTx, ideaIds: readonly string[]): Promise<Array<{ ideaId: string; memberId: string }>> {
    const rows = await tx.query<{ idea_id: string; member_id: string }>(
      `SELECT idea_id, member_id FROM supports WHERE tenant_id = $1 AND idea_id = ANY($2::uuid[])`,
      [tx.tenantId, ideaIds],
    );
    return rows.map((row) => ({ ideaId: row.idea_id, memberId: row.member_id }));
  },

  async remove(tx: TenantTx, ideaId: string, memberId: string): Promise<void> {
    await tx.manager.getRepository(SupportEntity).delete({ tenantId: tx.tenantId, ideaId, memberId });
  },
};
