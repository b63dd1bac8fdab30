import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isMember, type Actor, type MemberActor } from '../../auth/actor';
import { Allow } from '../../auth/allow.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { requestLoader } from '../../common/graphql/request-loaders';
import { Idea } from '../idea.types';
import { IdeasService } from '../ideas.service';
import { FollowsService, type FollowFacts } from './follows.service';

/** Following ideas: the member's choice, and what an idea shows of its followers. */
@Resolver(() => Idea)
export class FollowsResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly follows: FollowsService,
  ) {}

  @Mutation(() => Idea, { description: 'Follow an idea: hear of its stage changes, decisions and merges.' })
  @Allow.member()
  async followIdea(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.ideas.setFollowing(actor, ideaId, true));
  }

  @Mutation(() => Idea, { description: 'Stop following an idea, even one you wrote, support or work on.' })
  @Allow.member()
  async unfollowIdea(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.ideas.setFollowing(actor, ideaId, false));
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member follows the idea (false when signed out).' })
  @Allow.publicRead()
  async followedByMe(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<boolean> {
    return (await this.facts(actor).load(idea.id)).followedByViewer;
  }

  @ResolveField(() => Int, {
    description: 'Members following the idea: the author, team and supporters unless they opted out, and those who chose to.',
  })
  @Allow.publicRead()
  async followerCount(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.facts(actor).load(idea.id)).followerCount;
  }

  private facts(actor: Actor) {
    const viewerId = isMember(actor) ? actor.memberId : null;
    return requestLoader<string, FollowFacts>(actor, 'idea.follows', (ids) => this.follows.factsOf(actor.tenantId, ids, viewerId));
  }
}
