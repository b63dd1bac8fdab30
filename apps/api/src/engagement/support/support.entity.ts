import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One member's support of one idea. The database refuses a second one, and one's own idea. */
@Entity('supports')
export class SupportEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'idea_author_id' }) ideaAuthorId!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
