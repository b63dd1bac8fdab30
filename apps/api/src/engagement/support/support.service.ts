import { Injectable } from '@nestjs/common';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import type { MemberActor } from '../../auth/actor';
import { Database } from '../../database/database.service';
import type { IdeaEntity } from '../../ideas/idea.entity';
import { IdeasService } from '../../ideas/ideas.service';
import { MembersService } from '../../members/members.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RecruitmentService } from '../../recruitment/recruitment.service';
import { BuzzGateService } from '../buzz/buzz-gate.service';
import { IdeaClosedToEngagement, OwnIdea } from '../engagement.errors';
import { SupportStore } from './support-store';

@Injectable()
export class SupportService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly buzzGate: BuzzGateService,
    private readonly recruitment: RecruitmentService,
  ) {}

  /**
   * The member supports the idea. Supporting twice changes nothing. Under the idea's row lock,
   * the count the buzz gate sees includes this support and every one committed before it.
   */
  async support(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, ideaId);
      if (idea.authorId === actor.memberId) throw new OwnIdea();
      if (!acceptsEngagement(idea.stage)) throw new IdeaClosedToEngagement();
      if (!(await SupportStore.insert(tx, idea, actor.memberId))) return idea;
      await this.recruitment.tookPart(tx, actor.memberId);
      const supporter = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: idea.authorId,
        actorId: actor.memberId,
        kind: 'IDEA_SUPPORTED',
        ideaId: idea.id,
        message: `${supporter.displayName} supported your idea "${idea.title}".`,
      });
      return this.buzzGate.evaluate(tx, idea, actor);
    });
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
