import type { ErrorKey } from '@idea-exchange/wording';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';
import { worded } from '../common/validation/field-words';

const MAX_MONEY = 1_000_000_000_00n;
const section = (name: ErrorKey) => worded('CASE_SECTION_LENGTH', { section: { key: name } });

/** Drafts may be saved with empty sections; floating checks completeness (libs/stage-rules). */
@InputType()
export class BusinessCaseInput {
  @Field() @IsString() @MaxLength(5000, section('SECTION_NAME_PROBLEM')) problem!: string;
  @Field() @IsString() @MaxLength(5000, section('SECTION_NAME_PROPOSAL')) proposal!: string;
  @Field() @IsString() @MaxLength(5000, section('SECTION_NAME_BENEFITS')) benefits!: string;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) estimatedAnnualSaving!: bigint;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) oneOffCost!: bigint;
  @Field(() => AmountScalar) @AmountRange(0n, MAX_MONEY) runningCost!: bigint;
  @Field() @IsString() @MaxLength(5000, section('SECTION_NAME_RISKS')) risks!: string;
  @Field() @IsString() @MaxLength(5000, section('SECTION_NAME_MEASURES_OF_SUCCESS')) measuresOfSuccess!: string;
}
