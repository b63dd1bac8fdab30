import { Injectable, type OnModuleInit } from '@nestjs/common';
import { floatReadiness, type FloatReadiness } from '@idea-exchange/stage-rules';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { FollowsService } from '../ideas/following/follows.service';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MembersService } from '../members/members.service';
import { TenantsService } from '../tenants/tenants.service';
import type { BusinessCaseEntity, JoinRequestEntity, TeamInviteEntity } from './team.entities';
import type { BusinessCaseInput } from './team.inputs';
import { TeamStore } from './team-store';
import {
  AlreadyAnswered,
  AlreadyOnTeam,
  JoinRequestNotFound,
  LeadCannotLeave,
  NotOnTheTeam,
  NotTeaming,
  NotTheLead,
  TeamFull,
  TeamInviteNotFound,
} from './teams.errors';
import { notice } from '../notifications/notification-text';

/** Who is on an idea's team: the author (the lead) first, then the others in joining order. */
export interface Team {
  leadId: string;
  memberIds: string[];
}

@Injectable()
export class TeamsService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly ideas: IdeasService,
    private readonly notifications: NotificationsService,
    private readonly follows: FollowsService,
  ) {}

  /** The team follows its idea. */
  onModuleInit(): void {
    this.follows.addSource(async (tx, ideaIds) =>
      (await TeamStore.membersOfIdeas(tx, ideaIds)).map((member) => ({ ideaId: member.ideaId, memberId: member.memberId })),
    );
  }

  /** Locks the idea row: team changes on one idea queue up, so size limits hold under concurrency. */
  private lockIdea(tx: TenantTx, ideaId: string, actor?: MemberActor): Promise<IdeaEntity> {
    return this.ideas.lock(tx, actor, ideaId);
  }

  async team(tx: TenantTx, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<Team> {
    return { leadId: idea.authorId, memberIds: [idea.authorId, ...(await TeamStore.memberIdsOf(tx, idea.id))] };
  }

  /** The teams of many ideas at once (for DataLoaders), lead first. */
  async teamsOf(tenantId: string, ideas: ReadonlyArray<Pick<IdeaEntity, 'id' | 'authorId'>>): Promise<Team[]> {
    const rows = await this.db.withTenant(tenantId, (tx) =>
      TeamStore.membersOfIdeas(
        tx,
        ideas.map((idea) => idea.id),
      ),
    );
    return ideas.map((idea) => ({
      leadId: idea.authorId,
      memberIds: [idea.authorId, ...rows.filter((row) => row.ideaId === idea.id).map((row) => row.memberId)],
    }));
  }

  /** The ideas whose team a member joined (their own ideas, which they lead, aside), latest first. */
  async ideaIdsJoinedBy(tenantId: string, memberId: string): Promise<string[]> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.ideaIdsJoinedBy(tx, memberId));
  }

  private async addToTeam(tx: TenantTx, idea: IdeaEntity, memberId: string): Promise<void> {
    const { maxTeamSize } = await this.tenants.inTx(tx);
    const team = await this.team(tx, idea);
    if (team.memberIds.includes(memberId)) throw new AlreadyOnTeam();
    if (team.memberIds.length >= maxTeamSize) throw new TeamFull(maxTeamSize);
    await TeamStore.addMember(tx, idea.id, memberId);
  }

  /** Asks to join; asking again while a request is pending returns that request. */
  async requestToJoin(actor: MemberActor, ideaId: string): Promise<JoinRequestEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId, actor);
      if (idea.stage !== 'TEAMING') throw new NotTeaming();
      const team = await this.team(tx, idea);
      if (team.memberIds.includes(actor.memberId)) throw new AlreadyOnTeam();
      const pending = await TeamStore.pendingJoinRequest(tx, ideaId, actor.memberId);
      if (pending) return pending;
      const { maxTeamSize } = await this.tenants.inTx(tx);
      if (team.memberIds.length >= maxTeamSize) throw new TeamFull(maxTeamSize);
      const request = await TeamStore.insertJoinRequest(tx, ideaId, actor.memberId);
      const requester = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: idea.authorId,
        actorId: actor.memberId,
        ideaId,
        content: notice.joinRequested(requester.displayName, idea.title),
      });
      return request;
    });
  }

  async answerJoinRequest(actor: MemberActor, requestId: string, accept: boolean): Promise<JoinRequestEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const request = await TeamStore.joinRequest(tx, requestId);
      if (!request) throw new JoinRequestNotFound();
      const idea = await this.lockIdea(tx, request.ideaId);
      if (idea.authorId !== actor.memberId) throw new JoinRequestNotFound();
      // Read again under the idea's lock: a concurrent answer may have come first.
      const current = await TeamStore.joinRequest(tx, requestId);
      if (!current) throw new JoinRequestNotFound();
      if (current.status !== 'PENDING') throw new AlreadyAnswered();
      if (accept) {
        if (idea.stage !== 'TEAMING') throw new NotTeaming();
        await this.addToTeam(tx, idea, current.memberId);
      }
      const status = accept ? 'ACCEPTED' : 'DECLINED';
      await TeamStore.answerJoinRequest(tx, requestId, status, new Date());
      await this.notifications.notify(tx, {
        memberId: current.memberId,
        actorId: actor.memberId,
        ideaId: idea.id,
        content: notice.joinAnswered(idea.title, accept),
      });
      return { ...current, status, answeredAt: new Date() };
    });
  }

  /** The lead invites someone directly; inviting again while pending returns that invitation. */
  async invite(actor: MemberActor, ideaId: string, memberId: string): Promise<TeamInviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId);
      if (idea.authorId !== actor.memberId) throw new NotTheLead();
      if (idea.stage !== 'TEAMING') throw new NotTeaming();
      const invitee = await this.members.get(tx, memberId);
      const team = await this.team(tx, idea);
      if (team.memberIds.includes(invitee.id)) throw new AlreadyOnTeam();
      const pending = await TeamStore.pendingInvite(tx, ideaId, memberId);
      if (pending) return pending;
      const invite = await TeamStore.insertInvite(tx, ideaId, memberId, actor.memberId);
      const lead = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId,
        actorId: actor.memberId,
        ideaId,
        content: notice.invited(lead.displayName, idea.title),
      });
      return invite;
    });
  }

  async answerInvite(actor: MemberActor, inviteId: string, accept: boolean): Promise<TeamInviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const invite = await TeamStore.invite(tx, inviteId);
      if (!invite || invite.memberId !== actor.memberId) throw new TeamInviteNotFound();
      const idea = await this.lockIdea(tx, invite.ideaId);
      // Read again under the idea's lock: a concurrent answer may have come first.
      const current = await TeamStore.invite(tx, inviteId);
      if (!current) throw new TeamInviteNotFound();
      if (current.status !== 'PENDING') throw new AlreadyAnswered();
      if (accept) {
        if (idea.stage !== 'TEAMING') throw new NotTeaming();
        await this.addToTeam(tx, idea, actor.memberId);
      }
      const status = accept ? 'ACCEPTED' : 'DECLINED';
      await TeamStore.answerInvite(tx, inviteId, status, new Date());
      const invitee = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: current.invitedBy,
        actorId: actor.memberId,
        ideaId: idea.id,
        content: notice.inviteAnswered(invitee.displayName, idea.title, accept),
      });
      return { ...current, status, answeredAt: new Date() };
    });
  }

  async remove(actor: MemberActor, ideaId: string, memberId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId);
      if (idea.authorId !== actor.memberId) throw new NotTheLead();
      if (memberId === idea.authorId) throw new LeadCannotLeave();
      return this.leaveOrRemove(tx, idea, memberId);
    });
  }

  async leave(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId);
      if (idea.authorId === actor.memberId) throw new LeadCannotLeave();
      return this.leaveOrRemove(tx, idea, actor.memberId);
    });
  }

  /** Takes back one's own pending request to join; an answered request cannot be taken back. */
  async withdrawJoinRequest(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId, actor);
      if (!(await TeamStore.deletePendingJoinRequest(tx, ideaId, actor.memberId))) throw new JoinRequestNotFound();
      return idea;
    });
  }

  /** The member's own request to join that waits for the lead's answer, if any. */
  async pendingRequestOf(tenantId: string, ideaId: string, memberId: string): Promise<JoinRequestEntity | undefined> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.pendingJoinRequest(tx, ideaId, memberId));
  }

  private async leaveOrRemove(tx: TenantTx, idea: IdeaEntity, memberId: string): Promise<IdeaEntity> {
    if (idea.stage !== 'TEAMING') throw new NotTeaming();
    if (!(await TeamStore.removeMember(tx, idea.id, memberId))) throw new NotOnTheTeam();
    return idea;
  }

  /** Saves a new version of the case; any team member may write it while the idea is teaming. */
  async saveBusinessCase(actor: MemberActor, ideaId: string, input: BusinessCaseInput): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId, actor);
      const team = await this.team(tx, idea);
      if (!team.memberIds.includes(actor.memberId)) throw new NotOnTheTeam();
      if (idea.stage !== 'TEAMING') throw new NotTeaming();
      const latest = await this.businessCase(tx, ideaId);
      await TeamStore.insertBusinessCase(tx, ideaId, (latest?.version ?? 0) + 1, input, actor.memberId);
      return idea;
    });
  }

  async businessCase(tx: TenantTx, ideaId: string): Promise<BusinessCaseEntity | undefined> {
    return TeamStore.latestBusinessCase(tx, ideaId);
  }

  /** The latest case of each idea, one query for a page of ideas. */
  async latestBusinessCases(tenantId: string, ideaIds: readonly string[]): Promise<BusinessCaseEntity[]> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.latestBusinessCases(tx, ideaIds));
  }

  async businessCaseVersions(tenantId: string, ideaId: string): Promise<BusinessCaseEntity[]> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.businessCaseVersions(tx, ideaId));
  }

  /** Whether the idea's lead could float it now, for a reader who already sees the idea. */
  async floatReadinessOf(tenantId: string, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<FloatReadiness> {
    return this.db.withTenant(tenantId, (tx) => this.readiness(tx, idea));
  }

  async readiness(tx: TenantTx, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<FloatReadiness> {
    const [team, businessCase, tenant] = [await this.team(tx, idea), await this.businessCase(tx, idea.id), await this.tenants.inTx(tx)];
    return floatReadiness({ teamSize: team.memberIds.length, minTeamSize: tenant.minTeamSize, businessCase: businessCase ?? null });
  }

  async joinRequests(tenantId: string, ideaId: string, status?: 'PENDING'): Promise<JoinRequestEntity[]> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.joinRequests(tx, ideaId, status));
  }

  /** The invitations to join teams waiting for this member's answer. */
  async myPendingInvites(actor: MemberActor): Promise<TeamInviteEntity[]> {
    return this.teamInvites(actor.tenantId, { memberId: actor.memberId, status: 'PENDING' });
  }

  async teamInvites(tenantId: string, filter: { ideaId?: string; memberId?: string; status?: 'PENDING' }): Promise<TeamInviteEntity[]> {
    return this.db.withTenant(tenantId, (tx) => TeamStore.invites(tx, filter));
  }
}
