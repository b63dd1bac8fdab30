import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ChallengeInput } from './challenge.inputs';
import { Challenge } from './challenge.types';
import { ChallengesService } from './challenges.service';

@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(private readonly challengesService: ChallengesService) {}

  @Query(() => [Challenge], { description: 'Open challenges first, then upcoming, then closed.' })
  @Allow.publicRead()
  async challenges(@CurrentActor() actor: Actor): Promise<Challenge[]> {
    return (await this.challengesService.list(actor)).map((challenge) => Challenge.from(challenge));
  }

  @Query(() => Challenge, { nullable: true })
  @Allow.publicRead()
  async challenge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Challenge | null> {
    const challenge = await this.challengesService.find(actor, id);
    return challenge ? Challenge.from(challenge) : null;
  }

  @Mutation(() => Challenge)
  @Allow.roles('ADMIN')
  async createChallenge(@CurrentActor() actor: MemberActor, @Args('input') input: ChallengeInput): Promise<Challenge> {
    return Challenge.from(await this.challengesService.create(actor, input));
  }
}
