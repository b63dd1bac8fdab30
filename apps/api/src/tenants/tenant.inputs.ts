import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';
import { worded } from '../common/validation/field-words';

const MAX_AMOUNT = 100_000_000_00n;
export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
/** Paths the server and the web app use outside instances, so no instance may take them as its address. */
export const RESERVED_SLUGS = ['admin', 'api', 'assets', 'graphql', 'health', 'operator', 'static'] as const;
const RESERVED_SLUG = new RegExp(`^(?!(${RESERVED_SLUGS.join('|')})$)`);
const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

@InputType()
export class CreateTenantInput {
  @Field()
  @Matches(SLUG_PATTERN, worded('SLUG_FORMAT'))
  @Matches(RESERVED_SLUG, worded('SLUG_RESERVED', { reserved: RESERVED_SLUGS.join(', ') }))
  slug!: string;

  @Field() @IsString() @Length(2, 100) name!: string;
  @Field() @IsString() @Length(1, 30) currencyName!: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() public?: boolean;
  @Field() @IsEmail({}, worded('ADMIN_EMAIL_FORMAT')) adminEmail!: string;
  @Field() @IsString() @Length(1, 200) adminPassword!: string;
  @Field() @IsString() @Length(1, 80) adminDisplayName!: string;
}

@InputType()
export class TenantSettingsInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10_000) buzzThreshold?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) buzzWindowDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) supportWeight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) commentWeight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(50) minTeamSize?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) maxTeamSize?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(50) minReviews?: number;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(100n, MAX_AMOUNT) liquidity?: bigint;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: forget the set liquidity and size each new market to the instance (its starting grant and members).',
  })
  @IsOptional()
  @IsBoolean()
  liquidityAutomatic?: boolean;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(0n, MAX_AMOUNT) startingGrant?: bigint;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(0n, MAX_AMOUNT) recruitBonus?: bigint;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(DOMAIN_PATTERN, worded('DOMAIN_FORMAT', undefined, { each: true }))
  allowedEmailDomains?: string[];

  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 100) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 30) currencyName?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() public?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) recruitBonusMonthlyCap?: number;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(0n, MAX_AMOUNT) teamingReward?: bigint;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(0n, MAX_AMOUNT) investmentReward?: bigint;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(0n, MAX_AMOUNT) implementedReward?: bigint;
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['en', 'cy'], worded('DEFAULT_LANGUAGE_FIELD'))
  defaultLanguage?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, worded('BRAND_COLOUR_FORMAT'))
  brandColour?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 40) logoText?: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() requireEmailVerification?: boolean;
}
