import { Column, Entity, PrimaryColumn } from 'typeorm';

export const STAGES = ['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED'] as const;
export type StageName = (typeof STAGES)[number];

@Entity('ideas')
export class IdeaEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text', { array: true }) tags!: string[];
  @Column('text') stage!: StageName;
  @Column('timestamptz', { name: 'stage_changed_at' }) stageChangedAt!: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
