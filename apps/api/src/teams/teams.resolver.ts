import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { BusinessCaseInput } from './team.inputs';
import { JoinRequest, TeamInvite } from './team.types';
import { TeamsService } from './teams.service';

@Resolver()
export class TeamsResolver {
  constructor(private readonly teams: TeamsService) {}

  @Mutation(() => JoinRequest)
  @Allow.member()
  async requestToJoin(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<JoinRequest> {
    return JoinRequest.from(await this.teams.requestToJoin(actor, ideaId));
  }

  @Mutation(() => JoinRequest)
  @Allow.member()
  async answerJoinRequest(
    @CurrentActor() actor: MemberActor,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('accept') accept: boolean,
  ): Promise<JoinRequest> {
    return JoinRequest.from(await this.teams.answerJoinRequest(actor, requestId, accept));
  }

  @Mutation(() => TeamInvite)
  @Allow.member()
  async inviteToTeam(
    @CurrentActor() actor: MemberActor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<TeamInvite> {
    return TeamInvite.from(await this.teams.invite(actor, ideaId, memberId));
  }

  @Mutation(() => TeamInvite)
  @Allow.member()
  async answerTeamInvite(
    @CurrentActor() actor: MemberActor,
    @Args('inviteId', { type: () => ID }) inviteId: string,
    @Args('accept') accept: boolean,
  ): Promise<TeamInvite> {
    return TeamInvite.from(await this.teams.answerInvite(actor, inviteId, accept));
  }

  @Mutation(() => Idea)
  @Allow.member()
  async removeTeamMember(
    @CurrentActor() actor: MemberActor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<Idea> {
    return Idea.from(await this.teams.remove(actor, ideaId, memberId));
  }

  @Mutation(() => Idea, { description: 'Takes back my pending request to join the idea’s team.' })
  @Allow.member()
  async withdrawJoinRequest(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.teams.withdrawJoinRequest(actor, ideaId));
  }

  @Mutation(() => Idea)
  @Allow.member()
  async leaveTeam(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.teams.leave(actor, ideaId));
  }

  @Mutation(() => Idea)
  @Allow.member()
  async saveBusinessCase(
    @CurrentActor() actor: MemberActor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('input') input: BusinessCaseInput,
  ): Promise<Idea> {
    return Idea.from(await this.teams.saveBusinessCase(actor, ideaId, input));
  }

  @Query(() => [TeamInvite], { description: 'Invitations to join teams that are waiting for my answer.' })
  @Allow.member()
  async myTeamInvites(@CurrentActor() actor: MemberActor): Promise<TeamInvite[]> {
    const invites = await this.teams.myPendingInvites(actor);
    return invites.map(TeamInvite.from);
  }
}
