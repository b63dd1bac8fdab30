import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ROLES = ['MEMBER', 'BOARD', 'MODERATOR', 'ADMIN'] as const;
export const MEMBER_LANGUAGES = ['en', 'cy'] as const;

export type RoleName = (typeof ROLES)[number];

@Entity('members')
export class MemberEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { generated: 'uuid' }) id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') role!: RoleName;
  @Column('text', { nullable: true }) department!: string | null;
  @Column('text', { array: true }) skills!: string[];
  @Column('text', { nullable: true }) bio!: string | null;
  /** 'en' or 'cy'; null until chosen, when the instance's default language stands in. */
  @Column('text', { nullable: true }) language!: string | null;
  @Column('boolean') suspended!: boolean;
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @Column('timestamptz', { name: 'joined_at' }) joinedAt!: Date;
  @Column('boolean', { name: 'email_verified' }) emailVerified!: boolean;
  /** Raised to end every sign-in at once: tokens carry the version they were made with. */
  @Column('integer', { name: 'token_version' }) tokenVersion!: number;
}
