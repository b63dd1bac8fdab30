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
   * The idea's outcome markets whose target the recorded savings now reach, settled or not: the
   * market capability keeps which of them still trade (MarketService.lockTrading).
   */
  async reachedBy(tx: TenantTx, ideaId: string, realised: bigint): Promise<string[]> {
    const rows = await tx.query<{ market_id: string }>(
      `SELECT market_id FROM outcome_markets WHERE tenant_id = $1 AND idea_id = $2 AND target <= $3`,
      [tx.tenantId, ideaId, realised.toString()],
    );
    return rows.map((row) => row.market_id);
  },
};
