import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';

const MAX_MONEY = 1_000_000_000_00n;
const section = (name: string) => ({ message: `${name} must be 5,000 characters or fewer` });

/** Drafts may be saved with empty sections; floating checks completeness (libs/stage-rules). */
@InputType()
export class BusinessCaseInput {
  @Field() @IsString() @MaxLength(5000, section('Problem')) problem!: string;
  @Field() @IsString() @MaxLength(5000, section('Proposal')) proposal!: string;
  @Field() @IsString() @MaxLength(5000, section('Benefits')) benefits!: string;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) estimatedAnnualSaving!: bigint;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) oneOffCost!: bigint;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) runningCost!: bigint;
  @Field() @IsString() @MaxLength(5000, section('Risks')) risks!: string;
  @Field() @IsString() @MaxLength(5000, section('Measures of success')) measuresOfSuccess!: string;
}
