import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { requiresEmailVerification, type TenantEntity } from './tenant.entity';

@ObjectType('TenantSettings')
export class TenantSettings {
  @Field(() => Int) buzzThreshold!: number;
  @Field(() => Int) buzzWindowDays!: number;
  @Field(() => Int) supportWeight!: number;
  @Field(() => Int) commentWeight!: number;
  @Field(() => Int) minTeamSize!: number;
  @Field(() => Int) maxTeamSize!: number;
  @Field(() => Int) minReviews!: number;
  @Field(() => AmountScalar, {
    description: 'The liquidity b a market opens with now: the admin’s figure, or else sized to the instance.',
  })
  liquidity!: bigint | null;
  @Field({ description: 'True while no admin has set a liquidity, so each market is sized to the instance when it opens.' })
  liquidityAutomatic!: boolean;
  @Field(() => AmountScalar) startingGrant!: bigint;
  @Field(() => AmountScalar) recruitBonus!: bigint;
  @Field(() => [String]) allowedEmailDomains!: string[];
  @Field(() => Int) recruitBonusMonthlyCap!: number;
  @Field(() => AmountScalar) teamingReward!: bigint;
  @Field(() => AmountScalar) investmentReward!: bigint;
  @Field(() => AmountScalar) implementedReward!: bigint;
  @Field(() => String, { nullable: true }) brandColour!: string | null;
  @Field(() => String, { nullable: true }) logoText!: string | null;
  @Field({ description: 'Sign-ups act only once they have followed the link e-mailed to them.' })
  requireEmailVerification!: boolean;
  @Field({ description: 'Members may sign in with the instance’s OpenID Connect provider.' })
  ssoEnabled!: boolean;
  /** Whose settings these are, for the liquidity sized to the instance's members. */
  tenantId!: string;
}

@ObjectType('Tenant')
export class Tenant {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() currencyName!: string;
  @Field() public!: boolean;
  @Field() suspended!: boolean;
  @Field() defaultLanguage!: string;
  @Field(() => TenantSettings) settings!: TenantSettings;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(entity: TenantEntity): Tenant {
    const settings = Object.assign(new TenantSettings(), {
      buzzThreshold: entity.buzzThreshold,
      buzzWindowDays: entity.buzzWindowDays,
      supportWeight: entity.supportWeight,
      commentWeight: entity.commentWeight,
      minTeamSize: entity.minTeamSize,
      maxTeamSize: entity.maxTeamSize,
      minReviews: entity.minReviews,
      // Sized to the instance by the market's field resolver when no admin has set one.
      liquidity: entity.liquidity,
      liquidityAutomatic: entity.liquidity === null,
      tenantId: entity.id,
      startingGrant: entity.startingGrant,
      recruitBonus: entity.recruitBonus,
      allowedEmailDomains: entity.allowedEmailDomains,
      recruitBonusMonthlyCap: entity.recruitBonusMonthlyCap,
      teamingReward: entity.teamingReward,
      investmentReward: entity.investmentReward,
      implementedReward: entity.implementedReward,
      brandColour: entity.brandColour,
      logoText: entity.logoText,
      requireEmailVerification: requiresEmailVerification(entity),
      ssoEnabled: entity.ssoEnabled,
    });
    return Object.assign(new Tenant(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
      currencyName: entity.currencyName,
      public: entity.public,
      suspended: entity.suspended,
      defaultLanguage: entity.defaultLanguage,
      settings,
      createdAt: entity.createdAt,
    });
  }
}

/** What anyone may know of an instance before signing in, so the sign-in page can be branded. */
@ObjectType('InstanceInfo')
export class InstanceInfo {
  @Field() slug!: string;
  @Field() name!: string;
  @Field() currencyName!: string;
  @Field() public!: boolean;
  @Field() suspended!: boolean;
  @Field() defaultLanguage!: string;
  @Field(() => String, { nullable: true }) brandColour!: string | null;
  @Field(() => String, { nullable: true }) logoText!: string | null;
  @Field({ description: 'True when sign-up needs an allowed e-mail domain or an invite code.' })
  restrictedSignUp!: boolean;
  @Field({ description: 'True when the sign-in page offers the instance’s single sign-on.' })
  ssoEnabled!: boolean;

  static from(entity: TenantEntity): InstanceInfo {
    return Object.assign(new InstanceInfo(), {
      slug: entity.slug,
      name: entity.name,
      currencyName: entity.currencyName,
      public: entity.public,
      suspended: entity.suspended,
      defaultLanguage: entity.defaultLanguage,
      brandColour: entity.brandColour,
      logoText: entity.logoText,
      restrictedSignUp: !entity.public,
      ssoEnabled: entity.ssoEnabled,
    });
  }
}
