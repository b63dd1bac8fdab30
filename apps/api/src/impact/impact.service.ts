import { Injectable } from '@nestjs/common';
import { formatAmount, sumAmounts } from '@idea-exchange/money';
import { In } from 'typeorm';
import type { Actor, MemberActor } from '../auth/actor';
import { Conflict } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { TeamsService } from '../teams/teams.service';
import { NotOnTheTeam } from '../teams/teams.errors';
import { ImpactRecordEntity } from './impact-record.entity';
import type { ImpactInput } from './impact.types';
import { queueWebhookEvent } from '../webhooks/webhook-outbox';

export class NotImplemented extends Conflict {
  constructor() {
    super({ key: 'IMPACT_ONLY_IMPLEMENTED' });
  }
}

/** Work that must happen in the transaction of every impact record, the idea's row locked. */
export type ImpactListener = (tx: TenantTx, idea: IdeaEntity) => Promise<void>;

export interface ImpactTotals {
  ideas: IdeaEntity[];
  estimatedAnnualSavings: bigint;
  realisedSavings: bigint;
}

@Injectable()
export class ImpactService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly teams: TeamsService,
  ) {}

  private readonly listeners: ImpactListener[] = [];

  /** For capabilities that build on impact (outcome markets), registered at their start-up. */
  onRecorded(listener: ImpactListener): void {
    this.listeners.push(listener);
  }

  /** Realised savings recorded for the idea so far, in the caller's transaction. */
  async realisedSavings(tx: TenantTx, ideaId: string): Promise<bigint> {
    const row = await tx.one<{ total: string }>(
      `SELECT coalesce(sum(realised_saving), 0)::text AS total FROM impact_records WHERE tenant_id = $1 AND idea_id = $2`,
      [tx.tenantId, ideaId],
    );
    return BigInt(row?.total ?? '0');
  }

  /** Admins and the idea's team record what the change actually saved, as often as they learn more. */
  async record(actor: MemberActor, input: ImpactInput): Promise<ImpactRecordEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, input.ideaId);
      if (actor.role !== 'ADMIN') {
        const team = await this.teams.team(tx, idea);
        if (!team.memberIds.includes(actor.memberId)) throw new NotOnTheTeam();
      }
      if (idea.stage !== 'IMPLEMENTED') throw new NotImplemented();
      const repository = tx.manager.getRepository(ImpactRecordEntity);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        ideaId: idea.id,
        realisedSaving: input.realisedSaving,
        note: input.note.trim(),
        recordedBy: actor.memberId,
      });
      const record = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
      await queueWebhookEvent(tx, tx.tenantId, 'IMPACT_RECORDED', {
        idea: { id: idea.id, title: idea.title },
        realisedSaving: formatAmount(record.realisedSaving),
        note: record.note,
      });
      // The record that reaches an outcome market's target resolves it YES, in this transaction.
      for (const listener of this.listeners) await listener(tx, idea);
      return record;
    });
  }

  async recordsOf(tenantId: string, ideaIds: readonly string[]): Promise<ImpactRecordEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager
        .getRepository(ImpactRecordEntity)
        .find({ where: { tenantId, ideaId: In([...ideaIds]) }, order: { recordedAt: 'ASC', id: 'ASC' } }),
    );
  }

  /** The instance's impact: implemented ideas with their estimated and realised savings. */
  async summary(actor: Actor): Promise<ImpactTotals> {
    const ideas = await this.ideas.inStage(actor, 'IMPLEMENTED');
    if (ideas.length === 0) return { ideas, estimatedAnnualSavings: 0n, realisedSavings: 0n };
    const ids = ideas.map((idea) => idea.id);
    const cases = await this.teams.latestBusinessCases(actor.tenantId, ids);
    const records = await this.recordsOf(actor.tenantId, ids);
    return {
      ideas,
      estimatedAnnualSavings: sumAmounts(cases.map((c) => c.estimatedAnnualSaving)),
      realisedSavings: sumAmounts(records.map((r) => r.realisedSaving)),
    };
  }
}
