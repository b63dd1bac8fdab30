import type { TenantTx } from '../database/tenant-transaction';

/** The SQL of idea credits: the authors of duplicates merged into an idea, credited beside its author. */
export const IdeaCreditsStore = {
  async record(tx: TenantTx, ideaId: string, memberId: string, mergedIdeaId: string): Promise<void> {
    await tx.query(`INSERT INTO idea_credits (tenant_id, idea_id, member_id, merged_idea_id) VALUES ($1, $2, $3, $4)`, [
      tx.tenantId,
      ideaId,
      memberId,
      mergedIdeaId,
    ]);
  },

  /** Credited authors of each idea given, earliest merge first, as (idea, member) rows. */
  async authorsOf(tx: TenantTx, ideaIds: readonly string[]): Promise<Array<{ ideaId: string; memberId: string }>> {
    const rows = await tx.query<{ idea_id: string; member_id: string }>(
      `SELECT idea_id, member_id FROM idea_credits WHERE tenant_id = $1 AND idea_id = ANY($2::uuid[]) ORDER BY credited_at, id`,
      [tx.tenantId, ideaIds],
    );
    return rows.map((row) => ({ ideaId: row.idea_id, memberId: row.member_id }));
  },
};
