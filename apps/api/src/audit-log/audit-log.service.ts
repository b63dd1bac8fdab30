import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../database/tenant-transaction';
import { AuditEntryEntity } from './audit-entry.entity';

export interface NewAuditEntry {
  /** The member who acted; null for the system (scheduled jobs). */
  actorId: string | null;
  /** What was done, as a verb in capitals: HIDE, RESTORE, CREATE_CHALLENGE, SET_ROLE ... */
  action: string;
  /** What kind of thing it was done to: IDEA, COMMENT, CHALLENGE, MEMBER ... */
  kind: string;
  targetId?: string | null;
  reason?: string | null;
}

/**
 * The one way to write the audit log, inside the transaction of the action it records, so an
 * action and its record are committed together or not at all. The table refuses updates and
 * deletes.
 */
@Injectable()
export class AuditLogService {
  async append(tx: TenantTx, entry: NewAuditEntry): Promise<AuditEntryEntity> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO audit_log (tenant_id, actor_id, action, kind, target_id, reason) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [tx.tenantId, entry.actorId, entry.action, entry.kind, entry.targetId ?? null, entry.reason ?? null],
    );
    return tx.manager.getRepository(AuditEntryEntity).findOneByOrFail({ tenantId: tx.tenantId, id: row.id });
  }

  /** The newest entries first, for the admins' audit page. */
  async recent(tx: TenantTx, first: number): Promise<AuditEntryEntity[]> {
    return tx.manager.getRepository(AuditEntryEntity).find({
      where: { tenantId: tx.tenantId },
      order: { at: 'DESC', id: 'DESC' },
      take: first,
    });
  }
}
