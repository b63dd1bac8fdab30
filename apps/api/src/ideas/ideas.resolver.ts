import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toIdeaConnection } from './idea-connection';
import { EditIdeaInput, IdeasArgs, SubmitIdeaInput } from './idea.inputs';
import { Idea, IdeaConnection } from './idea.types';
import { IdeasService } from './ideas.service';

@Resolver(() => Idea)
export class IdeasResolver {
  constructor(private readonly ideasService: IdeasService) {}

  @Query(() => Idea, { nullable: true })
  @Allow.publicRead()
  async idea(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Idea | null> {
    const idea = await this.ideasService.find(actor, id);
    return idea ? Idea.from(idea) : null;
  }

  @Query(() => IdeaConnection, { description: 'Ideas, filtered, searched and sorted, a page at a time.' })
  @Allow.publicRead()
  async ideas(@CurrentActor() actor: Actor, @Args() args: IdeasArgs): Promise<IdeaConnection> {
    return toIdeaConnection(await this.ideasService.list(actor, args));
  }

  @Mutation(() => Idea)
  @Allow.member()
  async submitIdea(@CurrentActor() actor: MemberActor, @Args('input') input: SubmitIdeaInput): Promise<Idea> {
    return Idea.from(await this.ideasService.submit(actor, input));
  }

  @Mutation(() => Idea, { description: 'The author edits their idea while it is in BUZZ.' })
  @Allow.member()
  async editIdea(
    @CurrentActor() actor: MemberActor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('input') input: EditIdeaInput,
  ): Promise<Idea> {
    return Idea.from(await this.ideasService.edit(actor, ideaId, input));
  }

  @Mutation(() => Idea, { description: 'The author withdraws their idea: it is archived.' })
  @Allow.member()
  async withdrawIdea(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.ideasService.withdraw(actor, ideaId));
  }
}
