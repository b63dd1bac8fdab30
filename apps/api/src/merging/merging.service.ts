import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { CommentsService } from '../engagement/comments/comments.service';
import { SupportService } from '../engagement/support/support.service';
import { FollowsService } from '../ideas/following/follows.service';
import { isUuid } from '../common/validation/uuid';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { IdeaNotFound } from '../ideas/ideas.errors';
import { StageService } from '../ideas/stages/stage.service';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';
import { MarketService } from '../market/market.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { queueWebhookEvent } from '../webhooks/webhook-outbox';
import { MergeIntoItself, MergeWithOpenMarket, NotMergeable } from './merging.errors';
import { notice } from '../notifications/notification-text';
import { stageReason } from '@idea-exchange/wording';

const MAX_REASON = 2000;
/** Only ideas still gathering support merge: later ones have a market, a team's case or a decision. */
const MERGEABLE = new Set(['BUZZ', 'TEAMING']);

/**
 * Moderators merge a duplicate (source) into the idea that stays (target): supports, comments,
 * followers and tags move, the source is archived pointing at the target, its author is
 * credited on the target, everyone concerned is told (webhooks too) and the audit log records it. One
 * transaction under both ideas' row locks, so a support racing the merge either lands first
 * and moves, or finds the source archived.
 */
@Injectable()
export class MergingService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly stages: StageService,
    private readonly supports: SupportService,
    private readonly comments: CommentsService,
    private readonly follows: FollowsService,
    private readonly markets: MarketService,
    private readonly leaderboards: LeaderboardsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditLogService,
  ) {}

  async merge(actor: MemberActor, sourceId: string, targetId: string, reason: string): Promise<IdeaEntity> {
    const why = reason.trim();
    if (why.length < 1 || why.length > MAX_REASON)
      throw BadUserInput.field('reason', { key: 'MERGE_REASON_LENGTH', values: { max: String(MAX_REASON) } });
    if (!isUuid(sourceId) || !isUuid(targetId)) throw new IdeaNotFound();
    if (sourceId === targetId) throw new MergeIntoItself();
    return this.db.withTenant(actor.tenantId, async (tx) => {
      // Both rows locked in id order, so two merges of the same pair queue instead of deadlocking.
      const [first, second] = [sourceId, targetId].sort();
      const locked = new Map<string, IdeaEntity>();
      for (const id of [first, second]) locked.set(id, await this.ideas.lock(tx, actor, id));
      const source = locked.get(sourceId) as IdeaEntity;
      const target = locked.get(targetId) as IdeaEntity;
      await this.requireMergeable(tx, source);
      await this.requireMergeable(tx, target);

      const sourceFollowers = await this.follows.followersOf(tx, source.id);
      const targetFollowers = await this.follows.followersOf(tx, target.id);
      await this.comments.moveAll(tx, source.id, target.id);
      await this.follows.followUnlessDeclined(tx, target.id, sourceFollowers);
      await this.stages.move(tx, source, 'ARCHIVED', stageReason.merged(target.title, why), { memberId: actor.memberId }, false);
      let merged = await this.ideas.recordMerge(tx, source, target);
      await this.leaderboards.authorCredited(tx, merged, source.authorId);
      merged = await this.supports.moveAll(tx, source, merged, { memberId: actor.memberId });

      const told = new Set([source.authorId, target.authorId, ...sourceFollowers, ...targetFollowers]);
      for (const memberId of told) {
        await this.notifications.notify(tx, {
          memberId,
          actorId: actor.memberId,
          ideaId: target.id,
          content: notice.ideasMerged(source.title, target.title, why),
        });
      }
      await this.audit.append(tx, {
        actorId: actor.memberId,
        action: 'MERGE',
        kind: 'IDEA',
        targetId: source.id,
        reason: `Into ${target.id}: ${why}`,
      });
      await queueWebhookEvent(tx, tx.tenantId, 'IDEAS_MERGED', {
        source: { id: source.id, title: source.title },
        target: { id: target.id, title: target.title },
        reason: why,
      });
      return merged;
    });
  }

  private async requireMergeable(tx: TenantTx, idea: IdeaEntity): Promise<void> {
    if (await this.markets.hasOpenMarket(tx, idea.id)) throw new MergeWithOpenMarket(idea.title);
    if (idea.mergedInto) throw new NotMergeable(idea.title, 'ALREADY_MERGED');
    if (!MERGEABLE.has(idea.stage)) throw new NotMergeable(idea.title, 'MERGE_ONLY_EARLY_STAGES');
  }
}
