import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StageName } from '../idea.entity';
import type { StageReasonKind } from '@idea-exchange/wording';

/** One step of an idea's timeline: who moved it, from where to where, when and why. */
@Entity('idea_stage_events')
export class StageEventEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('text', { name: 'from_stage', nullable: true }) fromStage!: StageName | null;
  @Column('text', { name: 'to_stage' }) toStage!: StageName;
  /** The English sentence, as webhooks and older readers got it. */
  @Column('text') reason!: string;
  /** The reason's kind and values (stage-reason.ts), worded in each reader's language. */
  @Column('text', { name: 'reason_kind' }) reasonKind!: StageReasonKind;
  @Column('jsonb', { name: 'reason_params' }) reasonParams!: Record<string, string>;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('timestamptz') at!: Date;
}
