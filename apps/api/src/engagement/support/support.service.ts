import { Injectable, type OnModuleInit } from '@nestjs/common';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import type { MemberActor } from '../../auth/actor';
import { Clock } from '../../common/clock/clock';
import { Database } from '../../database/database.service';
import type { TenantTx } from '../../database/tenant-transaction';
import { FollowsService } from '../../ideas/following/follows.service';
import type { StageActor } from '../../ideas/stages/stage.service';
import type { IdeaEntity } from '../../ideas/idea.entity';
import { IdeasService } from '../../ideas/ideas.service';
import { MembersService } from '../../members/members.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RecruitmentService } from '../../recruitment/recruitment.service';
import { BuzzGateService } from '../buzz/buzz-gate.service';
import { IdeaClosedToEngagement, OwnIdea } from '../engagement.errors';
import { ideaEngagementCounts } from '../idea-engagement-counts.sql';
import { SupportStore } from './support-store';
import { notice } from '../../notifications/notification-text';

@Injectable()
export class SupportService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly buzzGate: BuzzGateService,
    private readonly recruitment: RecruitmentService,
    private readonly follows: FollowsService,
    private readonly clock: Clock,
  ) {}

  /** Supporters follow the ideas they support; the idea list ranks by supports and comments. */
  onModuleInit(): void {
    this.follows.addSource((tx, ideaIds) => SupportStore.supportersOf(tx, ideaIds));
    this.ideas.countEngagementWith(ideaEngagementCounts);
  }

  /**
   * The member supports the idea. Supporting twice changes nothing. Under the idea's row lock,
   * the count the buzz gate sees includes this support and every one committed before it.
   */
  async support(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, ideaId);
      if (idea.authorId === actor.memberId) throw new OwnIdea();
      if (!acceptsEngagement(idea.stage)) throw new IdeaClosedToEngagement();
      if (!(await SupportStore.insert(tx, idea, actor.memberId, this.clock.now()))) return idea;
      await this.recruitment.tookPart(tx, actor.memberId);
      const supporter = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: idea.authorId,
        actorId: actor.memberId,
        ideaId: idea.id,
        content: notice.supported(supporter.displayName, idea.title),
      });
      return this.buzzGate.evaluate(tx, idea, actor);
    });
  }

  /**
   * A merge's supports, under both ideas' row locks: every supporter of the source, and the
   * source's author (whose posting was their support), now support the target, each once and
   * never its own author; then the target's buzz is weighed again, so reaching the threshold
   * moves it to TEAMING with its reward, as any support would.
   */
  async moveAll(tx: TenantTx, source: IdeaEntity, target: IdeaEntity, actor: StageActor): Promise<IdeaEntity> {
    await tx.query(
      `WITH moved AS (
         DELETE FROM supports WHERE tenant_id = $1 AND idea_id = $2 RETURNING member_id, created_at
       ), supporters AS (
         SELECT member_id, created_at FROM moved UNION ALL SELECT $5::uuid, clock_timestamp()
       )
       INSERT INTO supports (tenant_id, idea_id, idea_author_id, member_id, created_at)
       SELECT DISTINCT ON (member_id) $1, $3, $4, member_id, created_at FROM supporters WHERE member_id <> $4
        ORDER BY member_id, created_at
       ON CONFLICT ON CONSTRAINT supports_one_per_member DO NOTHING`,
      [tx.tenantId, source.id, target.id, target.authorId, source.authorId],
    );
    return this.buzzGate.evaluate(tx, target, actor);
  }

  /** The member takes their support back; an idea already in TEAMING stays there. */
  async withdraw(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, ideaId);
      await SupportStore.remove(tx, idea.id, actor.memberId);
      return idea;
    });
  }
}
