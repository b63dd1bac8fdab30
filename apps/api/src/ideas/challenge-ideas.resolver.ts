import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Challenge } from '../challenges/challenge.types';
import { toIdeaConnection } from './idea-connection';
import { IdeaPageArgs } from './idea.inputs';
import { IdeaConnection, IdeaSort } from './idea.types';
import { IdeasService } from './ideas.service';

/** A challenge's ideas, newest first. Lives with ideas: challenges know nothing of ideas. */
@Resolver(() => Challenge)
@Allow.publicRead()
export class ChallengeIdeasResolver {
  constructor(private readonly ideasService: IdeasService) {}

  @ResolveField(() => IdeaConnection)
  async ideas(@Parent() challenge: Challenge, @CurrentActor() actor: Actor, @Args() page: IdeaPageArgs): Promise<IdeaConnection> {
    return toIdeaConnection(
      await this.ideasService.list(actor, { challengeId: challenge.id, first: page.first, after: page.after, sort: IdeaSort.NEWEST }),
    );
  }
}
