import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint-column';

export type DecisionName = 'IMPLEMENT' | 'REJECT';

@Entity('reviews')
export class ReviewEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId!: string;
  @Column('smallint', { name: 'strategic_fit' }) strategicFit!: number;
  @Column('smallint', { name: 'value_for_money' }) valueForMoney!: number;
  @Column('smallint') feasibility!: number;
  @Column('smallint') risk!: number;
  @Column('text') comment!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('decisions')
export class DecisionEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('text') decision!: DecisionName;
  @Column('text') rationale!: string;
  @Column('uuid', { name: 'decided_by' }) decidedBy!: string;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt!: Date;
  @Column('double precision', { name: 'price_yes_at_decision' }) priceYesAtDecision!: number;
  @Column('integer', { name: 'traders_at_decision' }) tradersAtDecision!: number;
}

/** What one of the idea's author and team held of one outcome when the board decided. */
@Entity('decision_disclosures')
export class DisclosureEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'decision_id' }) decisionId!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('text') outcome!: 'YES' | 'NO';
  @Column('bigint', { transformer: bigintColumn }) shares!: bigint;
}
