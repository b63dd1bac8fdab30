/**
 * Ideas' parts of the instance's analytics, as SQL over the tenant `$1` for analytics to compose
 * into its own statements (each analytics figure stays one statement).
 */
export const IdeaAnalytics = {
  /** Ideas submitted since `since` (an SQL timestamptz), as (member_id, at). */
  submittedSince: (since: string) =>
    `SELECT author_id AS member_id, created_at AS at FROM ideas WHERE tenant_id = $1 AND created_at >= ${since}`,
  /** Every stage an idea moved into, as (idea_id, to_stage). */
  stageMoves: () => `SELECT idea_id, to_stage FROM idea_stage_events WHERE tenant_id = $1`,
  /** The implemented ideas, as (tenant_id, id, title, stage_changed_at). */
  implemented: () => `SELECT tenant_id, id, title, stage_changed_at FROM ideas WHERE tenant_id = $1 AND stage = 'IMPLEMENTED'`,
};
