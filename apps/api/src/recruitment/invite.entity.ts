import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('invites')
export class InviteEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'inviter_id' }) inviterId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('integer', { name: 'max_uses' }) maxUses!: number;
  @Column('integer') uses!: number;
}
