import { Column, Entity, PrimaryColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'IDEA_SUPPORTED',
  'IDEA_COMMENTED',
  'COMMENT_REPLIED',
  'STAGE_CHANGED',
  'JOIN_REQUESTED',
  'JOIN_ANSWERED',
  'TEAM_INVITED',
  'BOARD_DECIDED',
  'MARKET_SETTLED',
  'RECRUIT_JOINED',
  'FOLLOWED_IDEA_UPDATED',
  'IDEAS_MERGED',
  'OUTCOME_MARKET_OPENED',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('uuid', { name: 'member_id' }) memberId!: string;
  @Column('text') kind!: NotificationKindName;
  /** The English sentence, kept for rows written before notifications had params. */
  @Column('text') message!: string;
  /** The values its wording names (notification-text.ts); null on rows from before they were kept. */
  @Column('jsonb', { nullable: true }) params!: Record<string, string> | null;
  @Column('uuid', { name: 'idea_id', nullable: true }) ideaId!: string | null;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** False when the member chose e-mail only for this kind. */
  @Column('boolean', { name: 'in_app' }) inApp!: boolean;
}
