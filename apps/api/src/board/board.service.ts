import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor, MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { StageService } from '../ideas/stages/stage.service';
import { IssuanceService } from '../ledger/issuance.service';
import { LedgerService, type PositionBalance } from '../ledger/ledger.service';
import { MarketService } from '../market/market.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TeamsService } from '../teams/teams.service';
import { NotTheLead } from '../teams/teams.errors';
import { TenantsService } from '../tenants/tenants.service';
import { DecisionEntity, DisclosureEntity, ReviewEntity } from './board.entities';
import { ConflictOfInterest, NotEnoughReviews, NotReadyToFloat, NotUnderReview, OnlyTheBoardDecides } from './board.errors';
import type { DecideInput, ReviewInput } from './board.inputs';
import { queueWebhookEvent } from '../webhooks/webhook-outbox';
import { notice } from '../notifications/notification-text';
import { stageReason } from '@idea-exchange/wording';

/** Deadlocks and serialization failures roll the whole transaction back, so it is safe to run again. */
const RETRIES = 3;

/** Floating ideas onto the market and the investment board's reviews and decisions. */
@Injectable()
export class BoardService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly stages: StageService,
    private readonly teams: TeamsService,
    private readonly markets: MarketService,
    private readonly issuance: IssuanceService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
    private readonly tenants: TenantsService,
  ) {}

  /**
   * The lead floats the idea: it moves to INVESTMENT, its market opens with the subsidy from the
   * treasury, and the author and team get the investment reward. One transaction, or nothing.
   */
  async float(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const idea = await this.ideas.lock(tx, actor, ideaId);
        if (idea.authorId !== actor.memberId) throw new NotTheLead();
        const readiness = await this.teams.readiness(tx, idea);
        if (idea.stage === 'TEAMING' && !readiness.ready) throw new NotReadyToFloat(readiness);
        const floated = await this.stages.move(tx, idea, 'INVESTMENT', stageReason.floated(), {
          memberId: actor.memberId,
        });
        await this.markets.open(tx, floated);
        const tenant = await this.tenants.inTx(tx);
        const team = await this.teams.team(tx, floated);
        await this.issuance.reward(tx, tenant, 'INVESTMENT', floated.id, team.memberIds);
        return floated;
      },
      { retries: RETRIES },
    );
  }

  private async requireImpartial(tx: TenantTx, actor: MemberActor, idea: IdeaEntity): Promise<void> {
    if (actor.role !== 'BOARD') throw new OnlyTheBoardDecides();
    if (idea.stage !== 'INVESTMENT') throw new NotUnderReview();
    const team = await this.teams.team(tx, idea);
    if (team.memberIds.includes(actor.memberId)) throw new ConflictOfInterest();
  }

  /** One scorecard per board member per idea, which they can change until the decision. */
  async review(actor: MemberActor, input: ReviewInput): Promise<ReviewEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, input.ideaId);
      await this.requireImpartial(tx, actor, idea);
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO reviews (tenant_id, idea_id, reviewer_id, strategic_fit, value_for_money, feasibility, risk, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id, idea_id, reviewer_id) DO UPDATE
           SET strategic_fit = EXCLUDED.strategic_fit, value_for_money = EXCLUDED.value_for_money,
               feasibility = EXCLUDED.feasibility, risk = EXCLUDED.risk, comment = EXCLUDED.comment, updated_at = now()
         RETURNING id`,
        [
          tx.tenantId,
          idea.id,
          actor.memberId,
          input.strategicFit,
          input.valueForMoney,
          input.feasibility,
          input.risk,
          input.comment.trim(),
        ],
      );
      return tx.manager.getRepository(ReviewEntity).findOneByOrFail({ tenantId: tx.tenantId, id: row.id });
    });
  }

  /**
   * The decision: the idea moves to IMPLEMENTED or REJECTED, the market settles (YES or NO pays),
   * the team gets the implementation reward, and everyone concerned is told. One transaction;
   * a trade racing it either lands before the market locks or finds it closed.
   */
  async decide(actor: MemberActor, input: DecideInput): Promise<IdeaEntity> {
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const idea = await this.ideas.lock(tx, actor, input.ideaId);
        await this.requireImpartial(tx, actor, idea);
        const tenant = await this.tenants.inTx(tx);
        const reviews = await tx.manager.getRepository(ReviewEntity).countBy({ tenantId: tx.tenantId, ideaId: idea.id });
        if (reviews < tenant.minReviews) throw new NotEnoughReviews(reviews, tenant.minReviews);

        const implement = input.decision === 'IMPLEMENT';
        const rationale = input.rationale.trim();
        const team = await this.teams.team(tx, idea);
        const marketBefore = await this.markets.lockedForSettlement(tx, idea.id);
        const holders = await this.ledger.positions(tx, { marketId: marketBefore.id });
        const tradersAtDecision = await this.ledger.traderCount(tx, idea.id);
        const settled = await this.markets.resolve(tx, idea.id, implement ? 'YES' : 'NO');
        const recorded = await tx.manager.getRepository(DecisionEntity).insert({
          tenantId: tx.tenantId,
          ideaId: idea.id,
          decision: input.decision,
          rationale,
          decidedBy: actor.memberId,
          priceYesAtDecision: marketBefore.priceYes,
          tradersAtDecision,
        });
        const decisionId = (recorded.identifiers[0] as { id: string }).id;
        const disclosed = holders.filter((holder) => team.memberIds.includes(holder.memberId));
        if (disclosed.length > 0) {
          await tx.manager.getRepository(DisclosureEntity).insert(
            disclosed.map((holder) => ({
              tenantId: tx.tenantId,
              decisionId,
              memberId: holder.memberId,
              outcome: holder.outcome,
              shares: holder.shares,
            })),
          );
        }
        const decided = await this.stages.move(tx, idea, implement ? 'IMPLEMENTED' : 'REJECTED', stageReason.decided(rationale), {
          memberId: actor.memberId,
        });
        if (implement) await this.issuance.reward(tx, tenant, 'IMPLEMENTED', idea.id, team.memberIds);

        for (const memberId of team.memberIds) {
          await this.notifications.notify(tx, {
            memberId,
            actorId: actor.memberId,
            ideaId: idea.id,
            content: notice.boardDecided(idea.title, implement),
          });
        }
        const winning = settled.resolution;
        const about = { id: idea.id, title: idea.title };
        await queueWebhookEvent(tx, tx.tenantId, 'BOARD_DECIDED', { idea: about, decision: input.decision, rationale });
        await queueWebhookEvent(tx, tx.tenantId, 'MARKET_SETTLED', { idea: about, marketId: marketBefore.id, resolution: winning });
        await this.notifications.notifyMany(
          tx,
          [...new Set(holders.map((h) => h.memberId))].map((memberId) => ({
            memberId,
            actorId: null,
            ideaId: idea.id,
            content: notice.marketSettled(idea.title, implement ? 'YES' : 'NO'),
          })),
        );
        return decided;
      },
      { retries: RETRIES },
    );
  }

  /**
   * What the author and the team hold now in the idea's open market: the disclosure the decision
   * will record, shown to the board while it reviews. Nothing once the market has settled (the
   * decision's disclosures say what was held then).
   */
  async teamHoldings(actor: Actor, idea: Pick<IdeaEntity, 'id' | 'authorId'>): Promise<PositionBalance[]> {
    const market = await this.markets.byIdea(actor, idea.id);
    if (!market?.open) return [];
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const team = await this.teams.team(tx, idea);
      const holders = await this.ledger.positions(tx, { marketId: market.id });
      return holders.filter((holder) => team.memberIds.includes(holder.memberId));
    });
  }

  /** Ideas waiting for the board, oldest first. */
  async queue(actor: MemberActor): Promise<IdeaEntity[]> {
    return this.ideas.inStage(actor, 'INVESTMENT');
  }

  async reviewsOf(tenantId: string, ideaIds: readonly string[]): Promise<ReviewEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(ReviewEntity).find({ where: { tenantId, ideaId: In([...ideaIds]) }, order: { createdAt: 'ASC' } }),
    );
  }

  /** The decisions of many ideas, each with its disclosures in a stable order (for DataLoaders). */
  async decisionsOf(
    tenantId: string,
    ideaIds: readonly string[],
  ): Promise<Array<{ decision: DecisionEntity; disclosures: DisclosureEntity[] }>> {
    return this.db.withTenant(tenantId, async (tx) => {
      const decisions = await tx.manager.getRepository(DecisionEntity).find({ where: { tenantId, ideaId: In([...ideaIds]) } });
      const disclosures = decisions.length
        ? await tx.manager.getRepository(DisclosureEntity).find({
            where: { tenantId, decisionId: In(decisions.map((d) => d.id)) },
            order: { memberId: 'ASC', outcome: 'DESC' },
          })
        : [];
      return decisions.map((decision) => ({ decision, disclosures: disclosures.filter((d) => d.decisionId === decision.id) }));
    });
  }
}
