import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint-column';

export type AnswerStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';

@Entity('team_members')
export class TeamMemberEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('timestamptz', { name: 'joined_at' }) joinedAt!: Date;
}

@Entity('join_requests')
export class JoinRequestEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('text') status!: AnswerStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt!: Date | null;
}

@Entity('team_invites')
export class TeamInviteEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('uuid', { name: 'invited_by' }) invitedBy!: string;
  @Column('text') status!: AnswerStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt!: Date | null;
}

@Entity('business_cases')
export class BusinessCaseEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'idea_id' }) ideaId!: string;
  @Column('integer') version!: number;
  @Column('text') problem!: string;
  @Column('text') proposal!: string;
  @Column('text') benefits!: string;
  @Column('bigint', { name: 'estimated_annual_saving', transformer: bigintColumn }) estimatedAnnualSaving!: bigint;
  @Column('bigint', { name: 'one_off_cost', transformer: bigintColumn }) oneOffCost!: bigint;
  @Column('bigint', { name: 'running_cost', transformer: bigintColumn }) runningCost!: bigint;
  @Column('text') risks!: string;
  @Column('text', { name: 'measures_of_success' }) measuresOfSuccess!: string;
  @Column('uuid', { name: 'saved_by' }) savedBy!: string;
  @Column('timestamptz', { name: 'saved_at' }) savedAt!: Date;
}
