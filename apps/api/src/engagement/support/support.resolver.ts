import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../../auth/actor';
import { Allow } from '../../auth/allow.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Idea } from '../../ideas/idea.types';
import { SupportService } from './support.service';

@Resolver(() => Idea)
export class SupportResolver {
  constructor(private readonly supportService: SupportService) {}

  @Mutation(() => Idea, { description: 'Support an idea (not your own). Supporting again changes nothing.' })
  @Allow.member()
  async supportIdea(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.supportService.support(actor, ideaId));
  }

  @Mutation(() => Idea, { description: 'Take back your support. Withdrawing again changes nothing.' })
  @Allow.member()
  async withdrawSupport(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.supportService.withdraw(actor, ideaId));
  }
}
