import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CONTENT_KINDS = ['IDEA', 'COMMENT'] as const;
export type ContentKindName = (typeof CONTENT_KINDS)[number];

/** A member's report of an idea or comment, open until a moderator hides or restores it. */
@Entity('reports')
export class ReportEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('text') kind!: ContentKindName;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'reporter_id' }) reporterId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('uuid', { name: 'resolved_by', nullable: true }) resolvedBy!: string | null;
  @Column('text', { nullable: true }) resolution!: 'HIDDEN' | 'RESTORED' | null;
}
