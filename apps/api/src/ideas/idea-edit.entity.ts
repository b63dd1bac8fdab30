import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What an idea said before one of its author's edits: the edit history. */
@Entity('idea_edits')
export class IdeaEditEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'editor_id' }) editorId!: string;
  @Column('text', { name: 'previous_title' }) previousTitle!: string;
  @Column('text', { name: 'previous_description' }) previousDescription!: string;
  @Column('text', { name: 'previous_tags', array: true }) previousTags!: string[];
  @Column('timestamptz', { name: 'edited_at' }) editedAt!: Date;
}
