import type { EngagementCounts } from '../ideas/idea-list.query';

/**
 * Engagement's counts for ranking ideas, as correlated subqueries on the list's idea row `i`:
 * handed to ideas at start-up, so the list sorts and pages by them in its one statement while the
 * SQL over supports and comments stays here with the tables.
 */
export const ideaEngagementCounts: EngagementCounts = {
  supports: (since) =>
    `SELECT count(*) FROM supports s WHERE s.tenant_id = i.tenant_id AND s.idea_id = i.id${since ? ` AND s.created_at > ${since}` : ''}`,
  commenters: () =>
    `SELECT count(DISTINCT c.author_id) FROM comments c
      WHERE c.tenant_id = i.tenant_id AND c.idea_id = i.id AND c.author_id <> i.author_id
        AND NOT c.deleted AND NOT c.hidden`,
};
