import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { MergingService } from './merging.service';

@Resolver()
export class MergingResolver {
  constructor(private readonly merging: MergingService) {}

  @Mutation(() => Idea, {
    description: 'MODERATOR, ADMIN: merge a duplicate (source) into the idea that stays (target); returns the target.',
  })
  @Allow.roles('MODERATOR', 'ADMIN')
  async mergeIdeas(
    @CurrentActor() actor: MemberActor,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('reason') reason: string,
  ): Promise<Idea> {
    return Idea.from(await this.merging.merge(actor, sourceId, targetId, reason));
  }
}
