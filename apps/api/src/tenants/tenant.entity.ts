import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint-column';

/** An instance of the product for one public body. The platform-level table: no tenant_id. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'currency_name' }) currencyName!: string;
  @Column('boolean') public!: boolean;
  @Column('boolean') suspended!: boolean;
  @Column('text', { name: 'default_language' }) defaultLanguage!: string;
  @Column('text', { name: 'brand_colour', nullable: true }) brandColour!: string | null;
  @Column('text', { name: 'logo_text', nullable: true }) logoText!: string | null;
  @Column('integer', { name: 'buzz_threshold' }) buzzThreshold!: number;
  @Column('integer', { name: 'buzz_window_days' }) buzzWindowDays!: number;
  @Column('integer', { name: 'support_weight' }) supportWeight!: number;
  @Column('integer', { name: 'comment_weight' }) commentWeight!: number;
  @Column('integer', { name: 'min_team_size' }) minTeamSize!: number;
  @Column('integer', { name: 'max_team_size' }) maxTeamSize!: number;
  @Column('integer', { name: 'min_reviews' }) minReviews!: number;
  /** Null: each new market is sized to the instance (libs/market-maker's defaultLiquidity). */
  @Column('bigint', { transformer: bigintColumn, nullable: true }) liquidity!: bigint | null;
  @Column('bigint', { name: 'starting_grant', transformer: bigintColumn }) startingGrant!: bigint;
  @Column('bigint', { name: 'recruit_bonus', transformer: bigintColumn }) recruitBonus!: bigint;
  @Column('integer', { name: 'recruit_bonus_monthly_cap' }) recruitBonusMonthlyCap!: number;
  @Column('bigint', { name: 'teaming_reward', transformer: bigintColumn }) teamingReward!: bigint;
  @Column('bigint', { name: 'investment_reward', transformer: bigintColumn }) investmentReward!: bigint;
  @Column('bigint', { name: 'implemented_reward', transformer: bigintColumn }) implementedReward!: bigint;
  @Column('text', { name: 'allowed_email_domains', array: true }) allowedEmailDomains!: string[];
  /** Null: the default for the instance's visibility (internal instances verify addresses). */
  @Column('boolean', { name: 'require_email_verification', nullable: true }) requireEmailVerificationSetting!: boolean | null;
  @Column('text', { name: 'sso_issuer', nullable: true }) ssoIssuer!: string | null;
  @Column('text', { name: 'sso_client_id', nullable: true }) ssoClientId!: string | null;
  /** Encrypted with the secrets key (see common/crypto/secret-box.ts); never returned. */
  @Column('text', { name: 'sso_client_secret', nullable: true, select: false }) ssoClientSecret!: string | null;
  @Column('boolean', { name: 'sso_enabled' }) ssoEnabled!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Whether sign-ups must verify their address before acting: on by default for internal instances. */
export function requiresEmailVerification(tenant: Pick<TenantEntity, 'public' | 'requireEmailVerificationSetting'>): boolean {
  return tenant.requireEmailVerificationSetting ?? !tenant.public;
}
