import type { TenantTx } from '../database/tenant-transaction';

export interface OutcomeTerms {
  marketId: string;
  ideaId: string;
  target: bigint;
  closesAt: Date;
  question: string;
}

interface TermsRow {
  market_id: string;
  idea_id: string;
  target: string;
  closes_at: Date;
  question: string;
}

function terms(row: TermsRow): OutcomeTerms {
  return { marketId: row.market_id, ideaId: row.idea_id, target: BigInt(row.target), closesAt: row.closes_at, question: row.question };
}

/** The SQL of outcome markets' rules. The markets themselves, and their money, belong to market/ and the ledger. */
export const OutcomeMarketStore = {
  async insert(tx: TenantTx, t: OutcomeTerms & { openedBy: string }): Promise<void> {
    await tx.query(
      `INSERT INTO outcome_markets (tenant_id, market_id, idea_id, target, closes_at, question, opened_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tx.tenantId, t.marketId, t.ideaId, t.target.toString(), t.closesAt, t.question, t.openedBy],
    );
  },

  async termsOf(tx: TenantTx, marketIds: readonly string[]): Promise<OutcomeTerms[]> {
    const rows = await tx.query<TermsRow>(
      `SELECT market_id, idea_id, target, closes_at, question FROM outcome_markets WHERE tenant_id = $1 AND market_id = ANY($2::uuid[])`,
      [tx.tenantId, marketIds],
    );
    return rows.map(terms);
  },

  /**
   * Locks the open outcome markets of the idea whose target the recorded savings now reach,
   * before their closing date. A market the closing job settled meanwhile is no longer open
   * once its lock is granted, so it drops out rather than being settled twice.
   */
  async reachedBy(tx: TenantTx, ideaId: string, realised: bigint): Promise<string[]> {
    const rows = await tx.query<{ market_id: string }>(
      `SELECT o.market_id FROM outcome_markets o JOIN markets m ON m.tenant_id = o.tenant_id AND m.id = o.market_id
        WHERE o.tenant_id = $1 AND o.idea_id = $2 AND m.open AND o.closes_at > now() AND o.target <= $3
        ORDER BY o.market_id
        FOR UPDATE OF m`,
      [tx.tenantId, ideaId, realised.toString()],
    );
    return rows.map((row) => row.market_id);
  },

  /**
   * Claims open outcome markets past their closing date: locks their market rows, skipping any
   * another process holds, so each is resolved by exactly one transaction.
   */
  async claimClosed(tx: TenantTx, now: Date, limit: number): Promise<OutcomeTerms[]> {
    const rows = await tx.query<TermsRow>(
      `SELECT o.market_id, o.idea_id, o.target, o.closes_at, o.question
         FROM outcome_markets o JOIN markets m ON m.tenant_id = o.tenant_id AND m.id = o.market_id
        WHERE o.tenant_id = $1 AND m.open AND o.closes_at <= $2
        ORDER BY o.closes_at, o.market_id
        LIMIT $3
        FOR UPDATE OF m SKIP LOCKED`,
      [tx.tenantId, now, limit],
    );
    return rows.map(terms);
  },
};
