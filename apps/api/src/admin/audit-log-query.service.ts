import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { AuditEntryEntity } from '../audit-log/audit-entry.entity';
import { AuditLogService } from '../audit-log/audit-log.service';

/** The admins' read of the audit log (moderation and admin services append to it). */
@Injectable()
export class AuditLogQueryService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
  ) {}

  recent(actor: MemberActor, first: number): Promise<AuditEntryEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw BadUserInput.field('first', 'first must be between 1 and 500.');
    return this.db.withTenant(actor.tenantId, (tx) => this.audit.recent(tx, first));
  }
}
