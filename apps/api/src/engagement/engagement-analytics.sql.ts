/** Engagement's parts of the instance's analytics, as SQL over the tenant `$1` for analytics to compose. */
export const EngagementAnalytics = {
  /** Supports given since `since` (an SQL timestamptz), as (member_id, at). */
  supportsSince: (since: string) => `SELECT member_id, created_at AS at FROM supports WHERE tenant_id = $1 AND created_at >= ${since}`,
  /** Comments written since `since`, as (member_id, at). */
  commentsSince: (since: string) =>
    `SELECT author_id AS member_id, created_at AS at FROM comments WHERE tenant_id = $1 AND created_at >= ${since}`,
};
