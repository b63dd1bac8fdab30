import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import type { TenantTx } from '../../database/tenant-transaction';
import type { NotificationContent } from '../../notifications/notification-text';
import { NotificationsService } from '../../notifications/notifications.service';

export interface FollowFacts {
  followerCount: number;
  followedByViewer: boolean;
}

export interface FollowerNews {
  content: NotificationContent;
  /** Who caused it (not told), or null for the system. */
  actorId: string | null;
  /** Members told otherwise already (the author of a stage change, say). */
  except?: Iterable<string>;
}

/**
 * Who follows an idea. The author, the team and the supporters follow it without asking; a
 * member's own choice (idea_follows) overrides that either way. Supports and team members are
 * read here, not through their services, because those services build on ideas, not the other
 * way round.
 */
const FOLLOWERS = `
  WITH candidates AS (
    SELECT i.id AS idea_id, i.author_id AS member_id FROM ideas i WHERE i.tenant_id = $1 AND i.id = ANY($2::uuid[])
    UNION SELECT s.idea_id, s.member_id FROM supports s WHERE s.tenant_id = $1 AND s.idea_id = ANY($2::uuid[])
    UNION SELECT t.idea_id, t.member_id FROM team_members t WHERE t.tenant_id = $1 AND t.idea_id = ANY($2::uuid[])
    UNION SELECT f.idea_id, f.member_id FROM idea_follows f WHERE f.tenant_id = $1 AND f.idea_id = ANY($2::uuid[]) AND f.following
  )
  SELECT c.idea_id, c.member_id FROM candidates c
   WHERE NOT EXISTS (SELECT 1 FROM idea_follows x
                      WHERE x.tenant_id = $1 AND x.idea_id = c.idea_id AND x.member_id = c.member_id AND NOT x.following)`;

@Injectable()
export class FollowsService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
  ) {}

  async followersOf(tx: TenantTx, ideaId: string): Promise<string[]> {
    const rows = await tx.query<{ member_id: string }>(`${FOLLOWERS} ORDER BY c.member_id`, [tx.tenantId, [ideaId]]);
    return rows.map((row) => row.member_id);
  }

  /** The member's own choice, which wins over following by authorship, team or support. */
  async set(tx: TenantTx, ideaId: string, memberId: string, following: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO idea_follows (tenant_id, idea_id, member_id, following) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT idea_follows_once DO UPDATE SET following = EXCLUDED.following, changed_at = now()`,
      [tx.tenantId, ideaId, memberId, following],
    );
  }

  /** Members start following the idea, unless they chose not to follow it before (merges). */
  async followUnlessDeclined(tx: TenantTx, ideaId: string, memberIds: readonly string[]): Promise<void> {
    if (memberIds.length === 0) return;
    await tx.query(
      `INSERT INTO idea_follows (tenant_id, idea_id, member_id, following)
       SELECT $1, $2, m, true FROM unnest($3::uuid[]) AS m
       ON CONFLICT ON CONSTRAINT idea_follows_once DO NOTHING`,
      [tx.tenantId, ideaId, [...new Set(memberIds)]],
    );
  }

  /** Tells every follower of the idea, in the caller's transaction. */
  async tell(tx: TenantTx, ideaId: string, news: FollowerNews): Promise<void> {
    const except = new Set(news.except ?? []);
    for (const memberId of await this.followersOf(tx, ideaId)) {
      if (except.has(memberId)) continue;
      await this.notifications.notify(tx, { memberId, actorId: news.actorId, ideaId, content: news.content });
    }
  }

  /** Follower counts and the viewer's own following of many ideas (for DataLoaders). */
  async factsOf(tenantId: string, ideaIds: readonly string[], viewerId: string | null): Promise<FollowFacts[]> {
    const rows = await this.db.withTenant(tenantId, (tx) =>
      tx.query<{ idea_id: string; followers: number; by_viewer: boolean }>(
        `SELECT f.idea_id, count(*)::int AS followers, coalesce(bool_or(f.member_id = $3::uuid), false) AS by_viewer
           FROM (${FOLLOWERS}) f GROUP BY f.idea_id`,
        [tenantId, ideaIds, viewerId],
      ),
    );
    const byIdea = new Map(rows.map((row) => [row.idea_id, row]));
    return ideaIds.map((id) => ({ followerCount: byIdea.get(id)?.followers ?? 0, followedByViewer: byIdea.get(id)?.by_viewer ?? false }));
  }
}
