import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { CommentsService } from '../engagement/comments/comments.service';
import { IdeasService } from '../ideas/ideas.service';
import { MarketService } from '../market/market.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { ReportEntity, type ContentKindName } from './report.entity';
import { MAX_REASON, type ReportInput } from './report.inputs';

type Decision = { hidden: true; action: 'HIDE'; resolution: 'HIDDEN' } | { hidden: false; action: 'RESTORE'; resolution: 'RESTORED' };

const HIDE: Decision = { hidden: true, action: 'HIDE', resolution: 'HIDDEN' };
const RESTORE: Decision = { hidden: false, action: 'RESTORE', resolution: 'RESTORED' };

/** Reports from members, and moderators' decisions on them: each decision goes to the audit log. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly comments: CommentsService,
    private readonly markets: MarketService,
    private readonly audit: AuditLogService,
  ) {}

  /** Any member reports something they can see. Reporting the same thing again returns the open report. */
  async report(actor: MemberActor, input: ReportInput): Promise<ReportEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      await this.lockTarget(tx, actor, input.kind, input.targetId);
      await tx.query(
        `INSERT INTO reports (tenant_id, kind, target_id, reason, reporter_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, kind, target_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING`,
        [tx.tenantId, input.kind, input.targetId, input.reason, actor.memberId],
      );
      return tx.manager.getRepository(ReportEntity).findOneOrFail({
        where: { tenantId: tx.tenantId, kind: input.kind, targetId: input.targetId, reporterId: actor.memberId },
        order: { createdAt: 'DESC' },
      });
    });
  }

  /** Open reports, oldest first: what moderators have still to decide. */
  async queue(actor: MemberActor): Promise<ReportEntity[]> {
    return this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .where('r.tenant_id = :tenantId AND r.resolved_at IS NULL', { tenantId: tx.tenantId })
        .orderBy('r.created_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .limit(500)
        .getMany(),
    );
  }

  /** Hides an idea or comment from everyone but moderators and admins, closing its open reports. */
  hide(actor: MemberActor, kind: ContentKindName, targetId: string, reason: string): Promise<boolean> {
    return this.decide(actor, kind, targetId, reason, HIDE);
  }

  /** Shows it again (or keeps it shown, dismissing its reports), closing its open reports. */
  restore(actor: MemberActor, kind: ContentKindName, targetId: string, reason: string): Promise<boolean> {
    return this.decide(actor, kind, targetId, reason, RESTORE);
  }

  private async decide(actor: MemberActor, kind: ContentKindName, targetId: string, reason: string, decision: Decision): Promise<boolean> {
    const why = reason.trim();
    if (why.length < 1 || why.length > MAX_REASON)
      throw BadUserInput.field('reason', { key: 'REPORT_REASON_LENGTH', values: { max: String(MAX_REASON) } });
    return this.db.withTenant(actor.tenantId, async (tx) => {
      if (kind === 'IDEA') {
        const idea = await this.ideas.setHidden(tx, targetId, decision.hidden);
        // Under the idea's row lock, as floating and opening an outcome market take it, so a
        // market opening meanwhile is either marked here or opens knowing the idea is hidden.
        await this.markets.setIdeaHidden(tx, idea.id, decision.hidden);
      } else await this.comments.setHidden(tx, targetId, decision.hidden);
      await tx.query(
        `UPDATE reports SET resolved_at = now(), resolved_by = $4, resolution = $5
          WHERE tenant_id = $1 AND kind = $2 AND target_id = $3 AND resolved_at IS NULL`,
        [tx.tenantId, kind, targetId, actor.memberId, decision.resolution],
      );
      await this.audit.append(tx, { actorId: actor.memberId, action: decision.action, kind, targetId, reason: why });
      return true;
    });
  }

  private async lockTarget(tx: TenantTx, actor: MemberActor, kind: ContentKindName, targetId: string): Promise<void> {
    if (kind === 'IDEA') await this.ideas.lock(tx, actor, targetId);
    else await this.comments.lock(tx, actor, targetId);
  }
}
