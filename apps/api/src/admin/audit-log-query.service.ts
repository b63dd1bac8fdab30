import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { AuditEntryEntity } from '../audit-log/audit-entry.entity';
import { AuditLogService } from '../audit-log/audit-log.service';
import { requirePageSize } from '../common/pagination/page-size';

/** The admins' read of the audit log (moderation and admin services append to it). */
@Injectable()
export class AuditLogQueryService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
  ) {}

  recent(actor: MemberActor, first: number): Promise<AuditEntryEntity[]> {
    requirePageSize(first, 500);
    return this.db.withTenant(actor.tenantId, (tx) => this.audit.recent(tx, first));
  }

  /**
   * What each entry is about, in words: a member's name, an idea's or challenge's title, or for a
   * comment its idea's title; keyed by target id, absent when the target is gone.
   */
  async targetNames(actor: MemberActor, entries: readonly AuditEntryEntity[]): Promise<Map<string, string>> {
    const idsOf = (kind: string) => [
      ...new Set(entries.flatMap((entry) => (entry.kind === kind && entry.targetId ? [entry.targetId] : []))),
    ];
    const [members, ideas, challenges, comments] = [idsOf('MEMBER'), idsOf('IDEA'), idsOf('CHALLENGE'), idsOf('COMMENT')];
    if (members.length + ideas.length + challenges.length + comments.length === 0) return new Map();
    const rows = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.query<{ id: string; name: string }>(
        `SELECT id, display_name AS name FROM members WHERE tenant_id = $1 AND id = ANY($2::uuid[])
         UNION ALL SELECT id, title FROM ideas WHERE tenant_id = $1 AND id = ANY($3::uuid[])
         UNION ALL SELECT id, title FROM challenges WHERE tenant_id = $1 AND id = ANY($4::uuid[])
         UNION ALL SELECT c.id, i.title FROM comments c JOIN ideas i ON i.tenant_id = c.tenant_id AND i.id = c.idea_id
           WHERE c.tenant_id = $1 AND c.id = ANY($5::uuid[])`,
        [actor.tenantId, members, ideas, challenges, comments],
      ),
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
