import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor';
import { Allow } from '../../auth/allow.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Member } from '../../members/member.types';
import { MembersService } from '../../members/members.service';
import { memberLoader } from '../../common/graphql/member-loader';
import { StageEvent } from './stage-event.types';
import { stageReasonText } from '@idea-exchange/wording';

@Resolver(() => StageEvent)
@Allow.publicRead()
export class StageEventResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, { description: "Why the idea moved, worded in the reader's language." })
  async reason(@Parent() event: StageEvent, @CurrentActor() actor: Actor): Promise<string> {
    return stageReasonText(await this.members.languageOf(actor), { kind: event.reasonKind, params: event.reasonValues });
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who moved the idea; empty when the system did.' })
  async actor(@Parent() event: StageEvent, @CurrentActor() actor: Actor): Promise<Member | null> {
    return event.actorId ? memberLoader(actor, this.members).load(event.actorId) : null;
  }
}
