import { Injectable } from '@nestjs/common';
import { canMove } from '@idea-exchange/stage-rules';
import { In } from 'typeorm';
import { Database } from '../../database/database.service';
import type { TenantTx } from '../../database/tenant-transaction';
import { IssuanceService } from '../../ledger/issuance.service';
import { LeaderboardsService } from '../../leaderboards/leaderboards.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { TenantsService } from '../../tenants/tenants.service';
import { FollowsService } from '../following/follows.service';
import { IdeaCreditsStore } from '../idea-credits-store';
import { IdeaEntity, type StageName } from '../idea.entity';
import { StageEventEntity } from './stage-event.entity';
import { StageChangedMeanwhile, StageMoveNotAllowed } from './stages.errors';
import { stageReason, stageReasonText, type StageReason } from '@idea-exchange/wording';
import { notice } from '../../notifications/notification-text';
import { queueWebhookEvent } from '../../webhooks/webhook-outbox';

/** Who moved an idea: a member, or null for the system (the buzz window running out). */
export type StageActor = { memberId: string } | null;

/**
 * The one way an idea changes stage: checks the lifecycle allows the move, updates the idea,
 * appends the stage event and tells the author, all in the caller's transaction. Callers lock
 * the idea row first (IdeasService.lock) so concurrent moves cannot both happen.
 */
@Injectable()
export class StageService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
    private readonly issuance: IssuanceService,
    private readonly tenants: TenantsService,
    private readonly leaderboards: LeaderboardsService,
    private readonly follows: FollowsService,
  ) {}

  /**
   * Moves the idea and tells its author and followers, unless `tell` is false (a merge tells
   * everyone concerned of the merge itself instead).
   */
  async move(tx: TenantTx, idea: IdeaEntity, to: StageName, reason: StageReason, actor: StageActor, tell = true): Promise<IdeaEntity> {
    if (!canMove(idea.stage, to)) throw new StageMoveNotAllowed(idea.stage, to);
    const repository = tx.manager.getRepository(IdeaEntity);
    const result = await repository.update(
      { tenantId: tx.tenantId, id: idea.id, stage: idea.stage },
      { stage: to, stageChangedAt: () => 'app_clock()', updatedAt: () => 'app_now()' },
    );
    if (result.affected !== 1) throw new StageChangedMeanwhile();
    await this.record(tx, idea.id, idea.stage, to, reason, actor);
    // Reaching TEAMING earns the author the instance's teaming reward (later stages reward the
    // whole team, paid where the team is known: floating and the board's decision).
    if (to === 'TEAMING') await this.issuance.reward(tx, await this.tenants.inTx(tx), 'TEAMING', idea.id, [idea.authorId]);
    await this.leaderboards.stageReached(tx, idea, to, async () =>
      (await IdeaCreditsStore.authorsOf(tx, [idea.id])).map((credit) => credit.memberId),
    );
    await queueWebhookEvent(tx, tx.tenantId, 'STAGE_CHANGED', {
      idea: { id: idea.id, title: idea.title },
      from: idea.stage,
      to,
      reason: stageReasonText('en', reason),
    });
    if (tell) {
      const change = { idea: idea.title, stage: to, reason };
      await this.notifications.notify(tx, {
        memberId: idea.authorId,
        actorId: actor?.memberId ?? null,
        ideaId: idea.id,
        content: notice.stageChanged(change),
      });
      await this.follows.tell(tx, idea.id, {
        content: notice.followedIdeaMoved(change),
        actorId: actor?.memberId ?? null,
        except: [idea.authorId],
      });
    }
    return repository.findOneByOrFail({ tenantId: tx.tenantId, id: idea.id });
  }

  /** The first event of every idea: its submission into BUZZ. */
  async recordSubmission(tx: TenantTx, idea: IdeaEntity, actor: StageActor): Promise<void> {
    await this.record(tx, idea.id, null, idea.stage, stageReason.submitted(), actor);
    await queueWebhookEvent(tx, tx.tenantId, 'IDEA_SUBMITTED', { idea: { id: idea.id, title: idea.title, stage: idea.stage } });
  }

  /** The timelines of many ideas at once, oldest event first (for DataLoaders). */
  async eventsOf(tenantId: string, ideaIds: readonly string[]): Promise<StageEventEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(StageEventEntity).find({ where: { tenantId, ideaId: In([...ideaIds]) }, order: { at: 'ASC', id: 'ASC' } }),
    );
  }

  private async record(
    tx: TenantTx,
    ideaId: string,
    from: StageName | null,
    to: StageName,
    reason: StageReason,
    actor: StageActor,
  ): Promise<void> {
    await tx.manager.getRepository(StageEventEntity).insert({
      tenantId: tx.tenantId,
      ideaId,
      fromStage: from,
      toStage: to,
      reason: stageReasonText('en', reason),
      reasonKind: reason.kind,
      reasonParams: reason.params,
      actorId: actor?.memberId ?? null,
    });
  }
}
