import { In } from 'typeorm';
import type { TenantTx } from '../database/tenant-transaction';
import type { BusinessCaseInput } from './team.inputs';
import { BusinessCaseEntity, JoinRequestEntity, TeamInviteEntity, TeamMemberEntity } from './team.entities';

type AnswerStatus = 'ACCEPTED' | 'DECLINED';

/**
 * The teams capability's tables (team members, join requests, invitations, business cases), each
 * read and write named by what it does. The teams service calls it; other capabilities call the
 * service, except leaderboards, which reads a team's members through `memberIdsOf` because
 * teams build on ideas and ideas award points (see docs/architecture.md).
 */
export const TeamStore = {
  /** The members other than the lead, in joining order. */
  async memberIdsOf(tx: TenantTx, ideaId: string): Promise<string[]> {
    const rows = await tx.manager
      .getRepository(TeamMemberEntity)
      .find({ where: { tenantId: tx.tenantId, ideaId }, order: { joinedAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => row.memberId);
  },

  async membersOfIdeas(tx: TenantTx, ideaIds: readonly string[]): Promise<TeamMemberEntity[]> {
    return tx.manager.getRepository(TeamMemberEntity).find({
      where: { tenantId: tx.tenantId, ideaId: In([...ideaIds]) },
      order: { joinedAt: 'ASC', id: 'ASC' },
    });
  },

  /** The ideas whose team a member joined, latest first. */
  async ideaIdsJoinedBy(tx: TenantTx, memberId: string): Promise<string[]> {
    const rows = await tx.manager
      .getRepository(TeamMemberEntity)
      .find({ where: { tenantId: tx.tenantId, memberId }, order: { joinedAt: 'DESC', id: 'DESC' } });
    return rows.map((row) => row.ideaId);
  },

  async addMember(tx: TenantTx, ideaId: string, memberId: string): Promise<void> {
    await tx.manager.getRepository(TeamMemberEntity).insert({ tenantId: tx.tenantId, ideaId, memberId });
  },

  /** Whether the member was on the team to remove. */
  async removeMember(tx: TenantTx, ideaId: string, memberId: string): Promise<boolean> {
    const removed = await tx.manager.getRepository(TeamMemberEntity).delete({ tenantId: tx.tenantId, ideaId, memberId });
    return Boolean(removed.affected);
  },

  async pendingJoinRequest(tx: TenantTx, ideaId: string, memberId: string): Promise<JoinRequestEntity | undefined> {
    const found = await tx.manager
      .getRepository(JoinRequestEntity)
      .findOneBy({ tenantId: tx.tenantId, ideaId, memberId, status: 'PENDING' });
    return found ?? undefined;
  },

  /** Deletes the member's pending request to join; false when there was none. */
  async deletePendingJoinRequest(tx: TenantTx, ideaId: string, memberId: string): Promise<boolean> {
    const deleted = await tx.manager
      .getRepository(JoinRequestEntity)
      .delete({ tenantId: tx.tenantId, ideaId, memberId, status: 'PENDING' });
    return (deleted.affected ?? 0) > 0;
  },

  async insertJoinRequest(tx: TenantTx, ideaId: string, memberId: string): Promise<JoinRequestEntity> {
    const repository = tx.manager.getRepository(JoinRequestEntity);
    const inserted = await repository.insert({ tenantId: tx.tenantId, ideaId, memberId });
    return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
  },

  async joinRequest(tx: TenantTx, id: string): Promise<JoinRequestEntity | undefined> {
    return (await tx.manager.getRepository(JoinRequestEntity).findOneBy({ tenantId: tx.tenantId, id })) ?? undefined;
  },

  async answerJoinRequest(tx: TenantTx, id: string, status: AnswerStatus, answeredAt: Date): Promise<void> {
    await tx.manager.getRepository(JoinRequestEntity).update({ tenantId: tx.tenantId, id }, { status, answeredAt });
  },

  async joinRequests(tx: TenantTx, ideaId: string, status?: 'PENDING'): Promise<JoinRequestEntity[]> {
    return tx.manager
      .getRepository(JoinRequestEntity)
      .find({ where: { tenantId: tx.tenantId, ideaId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC' } });
  },

  async pendingInvite(tx: TenantTx, ideaId: string, memberId: string): Promise<TeamInviteEntity | undefined> {
    const found = await tx.manager
      .getRepository(TeamInviteEntity)
      .findOneBy({ tenantId: tx.tenantId, ideaId, memberId, status: 'PENDING' });
    return found ?? undefined;
  },

  async insertInvite(tx: TenantTx, ideaId: string, memberId: string, invitedBy: string): Promise<TeamInviteEntity> {
    const repository = tx.manager.getRepository(TeamInviteEntity);
    const inserted = await repository.insert({ tenantId: tx.tenantId, ideaId, memberId, invitedBy });
    return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
  },

  async invite(tx: TenantTx, id: string): Promise<TeamInviteEntity | undefined> {
    return (await tx.manager.getRepository(TeamInviteEntity).findOneBy({ tenantId: tx.tenantId, id })) ?? undefined;
  },

  async answerInvite(tx: TenantTx, id: string, status: AnswerStatus, answeredAt: Date): Promise<void> {
    await tx.manager.getRepository(TeamInviteEntity).update({ tenantId: tx.tenantId, id }, { status, answeredAt });
  },

  async invites(tx: TenantTx, filter: { ideaId?: string; memberId?: string; status?: 'PENDING' }): Promise<TeamInviteEntity[]> {
    return tx.manager.getRepository(TeamInviteEntity).find({ where: { tenantId: tx.tenantId, ...filter }, order: { createdAt: 'ASC' } });
  },

  async latestBusinessCase(tx: TenantTx, ideaId: string): Promise<BusinessCaseEntity | undefined> {
    const latest = await tx.manager
      .getRepository(BusinessCaseEntity)
      .findOne({ where: { tenantId: tx.tenantId, ideaId }, order: { version: 'DESC' } });
    return latest ?? undefined;
  },

  async insertBusinessCase(tx: TenantTx, ideaId: string, version: number, input: BusinessCaseInput, savedBy: string): Promise<void> {
    await tx.manager.getRepository(BusinessCaseEntity).insert({
      tenantId: tx.tenantId,
      ideaId,
      version,
      problem: input.problem.trim(),
      proposal: input.proposal.trim(),
      benefits: input.benefits.trim(),
      estimatedAnnualSaving: input.estimatedAnnualSaving,
      oneOffCost: input.oneOffCost,
      runningCost: input.runningCost,
      risks: input.risks.trim(),
      measuresOfSuccess: input.measuresOfSuccess.trim(),
      savedBy,
    });
  },

  /** The latest case of each idea, one query for a page of ideas. */
  async latestBusinessCases(tx: TenantTx, ideaIds: readonly string[]): Promise<BusinessCaseEntity[]> {
    return tx.manager
      .getRepository(BusinessCaseEntity)
      .createQueryBuilder('c')
      .distinctOn(['c.idea_id'])
      .where('c.tenant_id = :tenantId AND c.idea_id IN (:...ideaIds)', { tenantId: tx.tenantId, ideaIds })
      .orderBy('c.idea_id')
      .addOrderBy('c.version', 'DESC')
      .getMany();
  },

  async businessCaseVersions(tx: TenantTx, ideaId: string): Promise<BusinessCaseEntity[]> {
    return tx.manager.getRepository(BusinessCaseEntity).find({ where: { tenantId: tx.tenantId, ideaId }, order: { version: 'DESC' } });
  },
};
