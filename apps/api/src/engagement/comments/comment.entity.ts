import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A comment on an idea, or a reply to one (one level deep). Deleting blanks it, keeping replies in place. */
@Entity('comments')
export class CommentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') body!: string;
  @Column('boolean') deleted!: boolean;
  @Column('boolean') hidden!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
}
