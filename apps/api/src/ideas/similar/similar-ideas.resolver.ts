import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor';
import { Allow } from '../../auth/allow.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Idea } from '../idea.types';
import { SimilarIdeasService } from './similar-ideas.service';
import { DuplicatePair, SimilarIdea } from './similar-ideas.types';

@Resolver()
export class SimilarIdeasResolver {
  constructor(private readonly similarIdeas: SimilarIdeasService) {}

  @Query(() => [SimilarIdea], { name: 'similarIdeas', description: 'Existing ideas like one being typed, most similar first.' })
  @Allow.publicRead()
  async similar(
    @CurrentActor() actor: Actor,
    @Args('title') title: string,
    @Args('description', { type: () => String, nullable: true }) description: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): Promise<SimilarIdea[]> {
    const matches = await this.similarIdeas.similar(actor, title, description, first);
    return matches.map((match) => ({ idea: Idea.from(match.idea), score: match.score }));
  }

  @Query(() => [DuplicatePair], { description: 'MODERATOR, ADMIN: the merge queue, likely duplicates among open ideas, best first.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  async likelyDuplicates(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<DuplicatePair[]> {
    const pairs = await this.similarIdeas.duplicatePairs(actor, first);
    return pairs.map((pair) => ({ source: Idea.from(pair.source), target: Idea.from(pair.target), score: pair.score }));
  }
}
