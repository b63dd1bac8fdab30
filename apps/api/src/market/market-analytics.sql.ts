/** The market's parts of the instance's analytics, as SQL over the tenant `$1` for analytics to compose. */
export const MarketAnalytics = {
  /** Trades made since `since` (an SQL timestamptz), as (member_id, at). */
  tradesSince: (since: string) => `SELECT member_id, created_at AS at FROM trades WHERE tenant_id = $1 AND created_at >= ${since}`,
  /** The volume traded in every market, as a scalar subquery. */
  volume: () => `(SELECT coalesce(sum(volume), 0) FROM markets WHERE tenant_id = $1)`,
};
