import { Injectable } from '@nestjs/common';
import { floatReadiness, type FloatReadiness } from '@idea-exchange/stage-rules';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { NotificationsService } from '../notifications/notifications.service';
import { In } from 'typeorm';
import { MembersService } from '../members/members.service';
import { TenantsService } from '../tenants/tenants.service';
import { BusinessCaseEntity, JoinRequestEntity, TeamInviteEntity, TeamMemberEntity } from './team.entities';
import type { BusinessCaseInput } from './team.inputs';
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

/** Who is on an idea's team: the author (the lead) first, then the others in joining order. */
export interface Team {
  leadId: string;
  memberIds: string[];
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly ideas: IdeasService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Locks the idea row: team changes on one idea queue up, so size limits hold under concurrency. */
  private lockIdea(tx: TenantTx, ideaId: string, actor?: MemberActor): Promise<IdeaEntity> {
    return this.ideas.lock(tx, actor, ideaId);
  }

  async team(tx: TenantTx, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<Team> {
    const rows = await tx.manager
      .getRepository(TeamMemberEntity)
      .find({ where: { tenantId: tx.tenantId, ideaId: idea.id }, order: { joinedAt: 'ASC', id: 'ASC' } });
    return { leadId: idea.authorId, memberIds: [idea.authorId, ...rows.map((row) => row.memberId)] };
  }

  /** The teams of many ideas at once (for DataLoaders), lead first. */
  async teamsOf(tenantId: string, ideas: ReadonlyArray<Pick<IdeaEntity, 'id' | 'authorId'>>): Promise<Team[]> {
    const rows = await this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(TeamMemberEntity).find({
        where: { tenantId, ideaId: In(ideas.map((idea) => idea.id)) },
        order: { joinedAt: 'ASC', id: 'ASC' },
      }),
    );
    return ideas.map((idea) => ({
      leadId: idea.authorId,
      memberIds: [idea.authorId, ...rows.filter((row) => row.ideaId === idea.id).map((row) => row.memberId)],
    }));
  }

  /** The ideas whose team a member joined (their own ideas, which they lead, aside), latest first. */
  async ideaIdsJoinedBy(tenantId: string, memberId: string): Promise<string[]> {
    const rows = await this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(TeamMemberEntity).find({ where: { tenantId, memberId }, order: { joinedAt: 'DESC', id: 'DESC' } }),
    );
    return rows.map((row) => row.ideaId);
  }

  private async addToTeam(tx: TenantTx, idea: IdeaEntity, memberId: string): Promise<void> {
    const { maxTeamSize } = await this.tenants.inTx(tx);
    const team = await this.team(tx, idea);
    if (team.memberIds.includes(memberId)) throw new AlreadyOnTeam();
    if (team.memberIds.length >= maxTeamSize) throw new TeamFull(maxTeamSize);
    await tx.manager.getRepository(TeamMemberEntity).insert({ tenantId: tx.tenantId, ideaId: idea.id, memberId });
  }

  /** Asks to join; asking again while a request is pending returns that request. */
  async requestToJoin(actor: MemberActor, ideaId: string): Promise<JoinRequestEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lockIdea(tx, ideaId, actor);
      if (idea.stage !== 'TEAMING') throw new NotTeaming();
      const team = await this.team(tx, idea);
      if (team.memberIds.includes(actor.memberId)) throw new AlreadyOnTeam();
      const repository = tx.manager.getRepository(JoinRequestEntity);
      const pending = await repository.findOneBy({ tenantId: tx.tenantId, ideaId, memberId: actor.memberId, status: 'PENDING' });
      if (pending) return pending;
      const { maxTeamSize } = await this.tenants.inTx(tx);
      if (team.memberIds.length >= maxTeamSize) throw new TeamFull(maxTeamSize);
      const inserted = await repository.insert({ tenantId: tx.tenantId, ideaId, memberId: actor.memberId });
      const requester = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: idea.authorId,
        actorId: actor.memberId,
        kind: 'JOIN_REQUESTED',
        ideaId,
        message: `${requester.displayName} asked to join the team of "${idea.title}".`,
      });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
    });
  }

  async answerJoinRequest(actor: MemberActor, requestId: string, accept: boolean): Promise<JoinRequestEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const repository = tx.manager.getRepository(JoinRequestEntity);
      const request = await repository.findOneBy({ tenantId: tx.tenantId, id: requestId });
      if (!request) throw new JoinRequestNotFound();
      const idea = await this.lockIdea(tx, request.ideaId);
      if (idea.authorId !== actor.memberId) throw new JoinRequestNotFound();
      const current = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: requestId });
      if (current.status !== 'PENDING') throw new AlreadyAnswered();
      if (accept) {
        if (idea.stage !== 'TEAMING') throw new NotTeaming();
        await this.addToTeam(tx, idea, current.memberId);
      }
      const status = accept ? 'ACCEPTED' : 'DECLINED';
      await repository.update({ tenantId: tx.tenantId, id: requestId }, { status, answeredAt: new Date() });
      await this.notifications.notify(tx, {
        memberId: current.memberId,
        actorId: actor.memberId,
        kind: 'JOIN_ANSWERED',
        ideaId: idea.id,
        message: accept ? `You joined the team of "${idea.title}".` : `Your request to join the team of "${idea.title}" was declined.`,
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
      const repository = tx.manager.getRepository(TeamInviteEntity);
      const pending = await repository.findOneBy({ tenantId: tx.tenantId, ideaId, memberId, status: 'PENDING' });
      if (pending) return pending;
      const inserted = await repository.insert({ tenantId: tx.tenantId, ideaId, memberId, invitedBy: actor.memberId });
      const lead = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId,
        actorId: actor.memberId,
        kind: 'TEAM_INVITED',
        ideaId,
        message: `${lead.displayName} invited you to join the team of "${idea.title}".`,
      });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
    });
  }

  async answerInvite(actor: MemberActor, inviteId: string, accept: boolean): Promise<TeamInviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const repository = tx.manager.getRepository(TeamInviteEntity);
      const invite = await repository.findOneBy({ tenantId: tx.tenantId, id: inviteId });
      if (!invite || invite.memberId !== actor.memberId) throw new TeamInviteNotFound();
      const idea = await this.lockIdea(tx, invite.ideaId);
      const current = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: inviteId });
      if (current.status !== 'PENDING') throw new AlreadyAnswered();
      if (accept) {
        if (idea.stage !== 'TEAMING') throw new NotTeaming();
        await this.addToTeam(tx, idea, actor.memberId);
      }
      const status = accept ? 'ACCEPTED' : 'DECLINED';
      await repository.update({ tenantId: tx.tenantId, id: inviteId }, { status, answeredAt: new Date() });
      const invitee = await this.members.get(tx, actor.memberId);
      await this.notifications.notify(tx, {
        memberId: current.invitedBy,
        actorId: actor.memberId,
        kind: 'JOIN_ANSWERED',
        ideaId: idea.id,
        message: `${invitee.displayName} ${accept ? 'accepted' : 'declined'} your invitation to the team of "${idea.title}".`,
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
      const withdrawn = await tx.manager
        .getRepository(JoinRequestEntity)
        .delete({ tenantId: tx.tenantId, ideaId, memberId: actor.memberId, status: 'PENDING' });
      if (!withdrawn.affected) throw new JoinRequestNotFound();
      return idea;
    });
  }

  /** The member's own request to join that waits for the lead's answer, if any. */
  async pendingRequestOf(tenantId: string, ideaId: string, memberId: string): Promise<JoinRequestEntity | null> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(JoinRequestEntity).findOneBy({ tenantId, ideaId, memberId, status: 'PENDING' }),
    );
  }

  private async leaveOrRemove(tx: TenantTx, idea: IdeaEntity, memberId: string): Promise<IdeaEntity> {
    if (idea.stage !== 'TEAMING') throw new NotTeaming();
    const removed = await tx.manager.getRepository(TeamMemberEntity).delete({ tenantId: tx.tenantId, ideaId: idea.id, memberId });
    if (!removed.affected) throw new NotOnTheTeam();
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
      const repository = tx.manager.getRepository(BusinessCaseEntity);
      await repository.insert({
        tenantId: tx.tenantId,
        ideaId,
        version: (latest?.version ?? 0) + 1,
        problem: input.problem.trim(),
        proposal: input.proposal.trim(),
        benefits: input.benefits.trim(),
        estimatedAnnualSaving: input.estimatedAnnualSaving,
        oneOffCost: input.oneOffCost,
        runningCost: input.runningCost,
        risks: input.risks.trim(),
        measuresOfSuccess: input.measuresOfSuccess.trim(),
        savedBy: actor.memberId,
      });
      return idea;
    });
  }

  async businessCase(tx: TenantTx, ideaId: string): Promise<BusinessCaseEntity | undefined> {
    const latest = await tx.manager
      .getRepository(BusinessCaseEntity)
      .findOne({ where: { tenantId: tx.tenantId, ideaId }, order: { version: 'DESC' } });
    return latest ?? undefined;
  }

  /** The latest case of each idea, one query for a page of ideas. */
  async latestBusinessCases(tenantId: string, ideaIds: readonly string[]): Promise<BusinessCaseEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager
        .getRepository(BusinessCaseEntity)
        .createQueryBuilder('c')
        .distinctOn(['c.idea_id'])
        .where('c.tenant_id = :tenantId AND c.idea_id IN (:...ideaIds)', { tenantId, ideaIds })
        .orderBy('c.idea_id')
        .addOrderBy('c.version', 'DESC')
        .getMany(),
    );
  }

  async businessCaseVersions(tenantId: string, ideaId: string): Promise<BusinessCaseEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(BusinessCaseEntity).find({ where: { tenantId, ideaId }, order: { version: 'DESC' } }),
    );
  }

  async readiness(tx: TenantTx, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<FloatReadiness> {
    const [team, businessCase, tenant] = [await this.team(tx, idea), await this.businessCase(tx, idea.id), await this.tenants.inTx(tx)];
    return floatReadiness({ teamSize: team.memberIds.length, minTeamSize: tenant.minTeamSize, businessCase: businessCase ?? null });
  }

  async joinRequests(tenantId: string, ideaId: string, status?: 'PENDING'): Promise<JoinRequestEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager
        .getRepository(JoinRequestEntity)
        .find({ where: { tenantId, ideaId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC' } }),
    );
  }

  async teamInvites(tenantId: string, filter: { ideaId?: string; memberId?: string; status?: 'PENDING' }): Promise<TeamInviteEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(TeamInviteEntity).find({ where: { tenantId, ...filter }, order: { createdAt: 'ASC' } }),
    );
  }
}
