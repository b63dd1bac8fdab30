import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { IdeasService } from '../ideas/ideas.service';
import { TeamsService } from '../teams/teams.service';
import { Member } from '../members/member.types';

/**
 * What a profile page shows of a member's work: the ideas they posted and the teams they joined.
 * A capability of its own above members, ideas and teams, so none of those reaches up into another.
 */
@Resolver(() => Member)
@Allow.publicRead()
export class MemberProfileResolver {
  constructor(
    private readonly ideasService: IdeasService,
    private readonly teamsService: TeamsService,
  ) {}

  @ResolveField(() => [Idea], { description: 'The ideas the member posted (and leads the teams of), newest first.' })
  async ideas(@Parent() member: Member, @CurrentActor() actor: Actor): Promise<Idea[]> {
    return (await this.ideasService.byAuthor(actor, member.id)).map(Idea.from);
  }

  @ResolveField(() => [Idea], { description: 'The ideas whose team the member joined, besides their own, latest first.' })
  async teams(@Parent() member: Member, @CurrentActor() actor: Actor): Promise<Idea[]> {
    const ideaIds = await this.teamsService.ideaIdsJoinedBy(actor.tenantId, member.id);
    const found = await this.ideasService.byIds(actor, ideaIds);
    return found.filter((idea) => idea !== undefined).map(Idea.from);
  }
}
