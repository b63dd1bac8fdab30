import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint-column';

@Entity('impact_records')
export class ImpactRecordEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('bigint', { name: 'realised_saving', transformer: bigintColumn }) realisedSaving!: bigint;
  @Column('text') note!: string;
  @Column('uuid', { name: 'recorded_by' }) recordedBy!: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}
