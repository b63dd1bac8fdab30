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
}
