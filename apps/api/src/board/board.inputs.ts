import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import type { ErrorKey } from '@idea-exchange/wording';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { worded } from '../common/validation/field-words';

export enum Decision {
  IMPLEMENT = 'IMPLEMENT',
  REJECT = 'REJECT',
}
registerEnumType(Decision, { name: 'Decision' });

const score = (name: ErrorKey) => worded('SCORE_RANGE', { score: { key: name } });

@InputType()
export class ReviewInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => Int)
  @IsInt(score('SCORE_STRATEGIC_FIT'))
  @Min(1, score('SCORE_STRATEGIC_FIT'))
  @Max(5, score('SCORE_STRATEGIC_FIT'))
  strategicFit!: number;
  @Field(() => Int)
  @IsInt(score('SCORE_VALUE_FOR_MONEY'))
  @Min(1, score('SCORE_VALUE_FOR_MONEY'))
  @Max(5, score('SCORE_VALUE_FOR_MONEY'))
  valueForMoney!: number;
  @Field(() => Int)
  @IsInt(score('SCORE_FEASIBILITY'))
  @Min(1, score('SCORE_FEASIBILITY'))
  @Max(5, score('SCORE_FEASIBILITY'))
  feasibility!: number;
  @Field(() => Int) @IsInt(score('SCORE_RISK')) @Min(1, score('SCORE_RISK')) @Max(5, score('SCORE_RISK')) risk!: number;
  @Field()
  @IsString()
  @Matches(/\S/, worded('ENTER_COMMENT'))
  @Length(1, 5000, worded('REVIEW_COMMENT_LENGTH'))
  comment!: string;
}

@InputType()
export class DecideInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => Decision) @IsIn(['IMPLEMENT', 'REJECT']) decision!: Decision;
  @Field()
  @IsString()
  @Length(20, 10000, worded('RATIONALE_LENGTH'))
  rationale!: string;
}
