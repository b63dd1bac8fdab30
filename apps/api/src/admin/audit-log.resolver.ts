import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { AuditEntry } from './audit-entry.types';
import { AuditLogQueryService } from './audit-log-query.service';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly entries: AuditLogQueryService,
    private readonly members: MembersService,
  ) {}

  @Query(() => [AuditEntry], { description: 'The newest entries of the audit log first.' })
  @Allow.roles('ADMIN')
  async auditLog(
    @CurrentActor() actor: MemberActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<AuditEntry[]> {
    const entries = await this.entries.recent(actor, first ?? 50);
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
    const members = await this.members.byIds(actor.tenantId, actorIds);
    const byId = new Map(members.flatMap((member) => (member ? [[member.id, Member.from(member)] as const] : [])));
    const [targetNames, reasons] = await Promise.all([this.entries.targetNames(actor, entries), this.entries.reasonsIn(actor, entries)]);
    return entries.map((entry) => ({
      id: entry.id,
      actor: entry.actorId ? (byId.get(entry.actorId) ?? null) : null,
      action: entry.action,
      kind: entry.kind,
      targetId: entry.targetId,
      targetName: entry.targetId ? (targetNames.get(entry.targetId) ?? null) : null,
      reason: reasons.get(entry.id) ?? null,
      at: entry.at,
    }));
  }
}
