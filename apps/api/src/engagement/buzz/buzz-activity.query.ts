import type { TenantTx } from '../../database/tenant-transaction';

export interface IdeaRef {
  id: string;
  authorId: string;
}

/** What support and discussion an idea has, as one viewer sees it. */
export interface IdeaActivity {
  /** Distinct supporters (one support per member). */
  supporters: number;
  /** Distinct members other than the author with a visible, undeleted comment: buzz counts these. */
  commenters: number;
  /** Comments the viewer can see, deleted ones excepted. */
  comments: number;
  supportedByViewer: boolean;
}

interface ActivityRow {
  idea_id: string;
  supporters: number;
  commenters: number;
  comments: number;
  supported_by_viewer: boolean;
}

/**
 * The activity of many ideas in one query. Counted from the rows themselves, so under the idea's
 * row lock the count is exact however many members act at once.
 */
export async function ideaActivity(
  tx: TenantTx,
  ideas: readonly IdeaRef[],
  viewer: { memberId: string | null; seesHidden: boolean },
): Promise<Map<string, IdeaActivity>> {
  const rows = await tx.query<ActivityRow>(
    `SELECT k.idea_id,
            (SELECT count(*)::int FROM supports s WHERE s.tenant_id = $1 AND s.idea_id = k.idea_id) AS supporters,
            (SELECT count(DISTINCT c.author_id)::int FROM comments c
              WHERE c.tenant_id = $1 AND c.idea_id = k.idea_id AND c.author_id <> k.author_id
                AND NOT c.deleted AND NOT c.hidden) AS commenters,
            (SELECT count(*)::int FROM comments c
              WHERE c.tenant_id = $1 AND c.idea_id = k.idea_id AND NOT c.deleted
                AND ($4 OR (NOT c.hidden AND NOT EXISTS (
                  SELECT 1 FROM comments p WHERE p.tenant_id = c.tenant_id AND p.id = c.parent_id AND p.hidden)))) AS comments,
            EXISTS (SELECT 1 FROM supports s
                     WHERE s.tenant_id = $1 AND s.idea_id = k.idea_id AND s.member_id = $5::uuid) AS supported_by_viewer
       FROM unnest($2::uuid[], $3::uuid[]) AS k(idea_id, author_id)`,
    [tx.tenantId, ideas.map((idea) => idea.id), ideas.map((idea) => idea.authorId), viewer.seesHidden, viewer.memberId],
  );
  return new Map(
    rows.map((row) => [
      row.idea_id,
      { supporters: row.supporters, commenters: row.commenters, comments: row.comments, supportedByViewer: row.supported_by_viewer },
    ]),
  );
}
