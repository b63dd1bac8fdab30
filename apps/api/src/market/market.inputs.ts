import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';
import { Outcome, TradeSide } from './market.types';
import { worded } from '../common/validation/field-words';

const MAX_AMOUNT = 100_000_000_00n;
const KEY_PATTERN = /^[\x21-\x7e]+$/;
const KEY_MESSAGE = worded('IDEMPOTENCY_KEY_FORMAT');

@InputType()
export class BuyInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The market to trade, where the idea has several; without it, the idea's implementation market.",
  })
  @IsOptional()
  @IsUUID('all', worded('MARKET_ID_FIELD'))
  marketId?: string | null;
  @Field(() => Outcome) @IsEnum(Outcome) outcome!: Outcome;
  @Field(() => AmountScalar, { nullable: true, description: 'Spend this much (give spend or shares, not both).' })
  @IsOptional()
  @AmountRange(1n, MAX_AMOUNT)
  spend?: bigint;
  @Field(() => AmountScalar, { nullable: true, description: 'Buy this many shares (give spend or shares, not both).' })
  @IsOptional()
  @AmountRange(1n, MAX_AMOUNT)
  shares?: bigint;
  @Field(() => AmountScalar, { nullable: true, description: 'Refuse the trade (SLIPPAGE_EXCEEDED) if it would cost more.' })
  @IsOptional()
  @AmountRange(0n, MAX_AMOUNT)
  maxCost?: bigint;
  @Field() @IsString() @Length(1, 200, KEY_MESSAGE) @Matches(KEY_PATTERN, KEY_MESSAGE) idempotencyKey!: string;
}

@InputType()
export class SellInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The market to trade, where the idea has several; without it, the idea's implementation market.",
  })
  @IsOptional()
  @IsUUID('all', worded('MARKET_ID_FIELD'))
  marketId?: string | null;
  @Field(() => Outcome) @IsEnum(Outcome) outcome!: Outcome;
  @Field(() => AmountScalar) @AmountRange(1n, MAX_AMOUNT) shares!: bigint;
  @Field(() => AmountScalar, { nullable: true, description: 'Refuse the trade (SLIPPAGE_EXCEEDED) if it would pay less.' })
  @IsOptional()
  @AmountRange(0n, MAX_AMOUNT)
  minProceeds?: bigint;
  @Field() @IsString() @Length(1, 200, KEY_MESSAGE) @Matches(KEY_PATTERN, KEY_MESSAGE) idempotencyKey!: string;
}

@InputType()
export class QuoteInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The market to trade, where the idea has several; without it, the idea's implementation market.",
  })
  @IsOptional()
  @IsUUID('all', worded('MARKET_ID_FIELD'))
  marketId?: string | null;
  @Field(() => Outcome) @IsEnum(Outcome) outcome!: Outcome;
  @Field(() => TradeSide, { nullable: true, defaultValue: TradeSide.BUY }) @IsOptional() @IsEnum(TradeSide) side?: TradeSide;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(1n, MAX_AMOUNT) spend?: bigint;
  @Field(() => AmountScalar, { nullable: true }) @IsOptional() @AmountRange(1n, MAX_AMOUNT) shares?: bigint;
}
