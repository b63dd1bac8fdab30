import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { IdeasService } from '../ideas/ideas.service';
import { memberLoader } from '../common/graphql/member-loader';
import { groupInOrder, requestLoader } from '../common/graphql/request-loaders';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { BusinessCase, FloatReadinessType, JoinRequest, TeamInvite } from './team.types';
import { TeamsService } from './teams.service';

function isLead(actor: Actor, idea: Idea): boolean {
  return actor.kind === 'member' && actor.memberId === idea.authorId;
}

/** Team, requests, invitations and the business case, as fields of an idea. */
@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaTeamFieldsResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => [Member], { description: 'The lead (the author) first, then the others in joining order.' })
  async team(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Member[]> {
    const loader = requestLoader<Idea, string[]>(actor, 'idea.team', async (ideas) =>
      (await this.teams.teamsOf(actor.tenantId, ideas)).map((team) => team.memberIds),
    );
    const ids = await loader.load(idea);
    return memberLoader(actor, this.members).loadMany(ids) as Promise<Member[]>;
  }

  @ResolveField(() => [JoinRequest], { description: 'Pending requests to join; only the lead sees them.' })
  async joinRequests(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<JoinRequest[]> {
    if (!isLead(actor, idea)) return [];
    return (await this.teams.joinRequests(actor.tenantId, idea.id, 'PENDING')).map(JoinRequest.from);
  }

  @ResolveField(() => JoinRequest, { nullable: true, description: 'My own request to join that waits for the lead’s answer.' })
  async myJoinRequest(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<JoinRequest | null> {
    if (actor.kind !== 'member') return null;
    const pending = await this.teams.pendingRequestOf(actor.tenantId, idea.id, actor.memberId);
    return pending ? JoinRequest.from(pending) : null;
  }

  @ResolveField(() => [TeamInvite], { description: 'Invitations the lead has sent that wait for an answer; only the lead sees them.' })
  async teamInvites(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<TeamInvite[]> {
    if (!isLead(actor, idea)) return [];
    return (await this.teams.teamInvites(actor.tenantId, { ideaId: idea.id, status: 'PENDING' })).map(TeamInvite.from);
  }

  @ResolveField(() => BusinessCase, { nullable: true, description: 'The latest version of the business case.' })
  async businessCase(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<BusinessCase | null> {
    const loader = requestLoader<string, BusinessCase | null>(actor, 'idea.businessCase', async (ids) => {
      const rows = await this.teams.latestBusinessCases(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => (group[0] ? BusinessCase.from(group[0]) : null));
    });
    return loader.load(idea.id);
  }

  @ResolveField(() => [BusinessCase], { description: 'Every saved version of the business case, newest first.' })
  async businessCaseVersions(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<BusinessCase[]> {
    return (await this.teams.businessCaseVersions(actor.tenantId, idea.id)).map(BusinessCase.from);
  }

  @ResolveField(() => FloatReadinessType, { description: 'Whether the lead can float the idea now, and what is missing.' })
  async floatReadiness(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<FloatReadinessType> {
    return this.teams.floatReadinessOf(actor.tenantId, idea);
  }
}

@Resolver(() => JoinRequest)
@Allow.member()
export class JoinRequestFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  member(@Parent() request: JoinRequest, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(request.memberId);
  }
}

@Resolver(() => TeamInvite)
@Allow.member()
export class TeamInviteFieldsResolver {
  constructor(
    private readonly members: MembersService,
    private readonly ideas: IdeasService,
  ) {}

  @ResolveField(() => Member)
  member(@Parent() invite: TeamInvite, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(invite.memberId);
  }

  @ResolveField(() => Idea)
  async idea(@Parent() invite: TeamInvite, @CurrentActor() actor: Actor): Promise<Idea> {
    const idea = await this.ideas.find(actor, invite.ideaId);
    if (!idea) throw new Error(`team invite ${invite.id} points at an idea that cannot be read`);
    return Idea.from(idea);
  }
}
