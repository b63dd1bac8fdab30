import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of the audit log: who did what to which thing, when and why. Append-only. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text') action!: string;
  @Column('text') kind!: string;
  @Column('uuid', { name: 'target_id', nullable: true }) targetId!: string | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('timestamptz') at!: Date;
}
