/**
 * The relations of markets and trades the ledger reads (its audit reconciles its accounts with
 * them; it names positions by their markets), as SQL over the tenant `$1`: registered with the
 * ledger at start-up, since the market builds on the ledger and the ledger may not read the
 * market's tables.
 */
export const MARKETS_FOR_AUDIT = `SELECT tenant_id, id, subsidy, liquidity, shares_yes, shares_no, open FROM markets WHERE tenant_id = $1`;

export const TRADES_FOR_AUDIT = `SELECT tenant_id, id, entry_id, member_id, market_id, outcome, cost, shares, balance_after
  FROM trades WHERE tenant_id = $1`;

/** The open markets (id, idea_id) of the tenant `$1`, by which the ledger names a member's positions. */
export const OPEN_MARKETS = `SELECT id, idea_id FROM markets WHERE tenant_id = $1 AND open`;
