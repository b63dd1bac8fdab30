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
 * Members who follow ideas without asking, by a capability that builds on ideas (the supporters,
 * the team). Those capabilities add theirs at start-up (`FollowsService.addSource`), since ideas
 * cannot call their services: they call ideas'.
 */
export type FollowerSource = (tx: TenantTx, ideaIds: readonly string[]) => Promise<Array<{ ideaId: string; memberId: string }>>;

/** The author, and every member's own choice (following true or false) for these ideas. */
const OWN_FOLLOWERS = `
  SELECT i.id AS idea_id, i.author_id AS member_id, NULL::boolean AS following FROM ideas i WHERE i.tenant_id = $1 AND i.id = ANY($2::uuid[])
  UNION ALL SELECT f.idea_id, f.member_id, f.following FROM idea_follows f WHERE f.tenant_id = $1 AND f.idea_id = ANY($2::uuid[])`;

/**
 * Who follows an idea. The author, the team and the supporters follow it without asking; a
 * member's own choice (idea_follows) overrides that either way.
 */
@Injectable()
export class FollowsService {
  private readonly sources: FollowerSource[] = [];

  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
  ) {}

  /** Adds the members a capability building on ideas makes followers (its module's start-up). */
  addSource(source: FollowerSource): void {
    this.sources.push(source);
  }

  async followersOf(tx: TenantTx, ideaId: string): Promise<string[]> {
    return [...((await this.followersOfIdeas(tx, [ideaId])).get(ideaId) ?? [])].sort();
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
    const told = (await this.followersOf(tx, ideaId)).filter((memberId) => !except.has(memberId));
    await this.notifications.notifyMany(
      tx,
      told.map((memberId) => ({ memberId, actorId: news.actorId, ideaId, content: news.content })),
    );
  }

  /** Follower counts and the viewer's own following of many ideas (for DataLoaders). */
  async factsOf(tenantId: string, ideaIds: readonly string[], viewerId: string | null): Promise<FollowFacts[]> {
    const followers = await this.db.withTenant(tenantId, (tx) => this.followersOfIdeas(tx, ideaIds));
    return ideaIds.map((id) => ({
      followerCount: followers.get(id)?.size ?? 0,
      followedByViewer: viewerId !== null && (followers.get(id)?.has(viewerId) ?? false),
    }));
  }

  /** Each idea's followers: the author and every source's members, with each member's own choice winning. */
  private async followersOfIdeas(tx: TenantTx, ideaIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const own = await tx.query<{ idea_id: string; member_id: string; following: boolean | null }>(OWN_FOLLOWERS, [tx.tenantId, ideaIds]);
    // One after another: they share the transaction's one connection.
    const contributed: Array<{ ideaId: string; memberId: string }> = [];
    for (const source of this.sources) contributed.push(...(await source(tx, ideaIds)));
    const followers = new Map<string, Set<string>>();
    const follow = (ideaId: string, memberId: string) => {
      const members = followers.get(ideaId) ?? new Set<string>();
      followers.set(ideaId, members.add(memberId));
    };
    for (const row of own) if (row.following !== false) follow(row.idea_id, row.member_id);
    for (const row of contributed) follow(row.ideaId, row.memberId);
    for (const row of own) if (row.following === false) followers.get(row.idea_id)?.delete(row.member_id);
    return followers;
  }
}
