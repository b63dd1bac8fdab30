import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export enum Decision {
  IMPLEMENT = 'IMPLEMENT',
  REJECT = 'REJECT',
}
registerEnumType(Decision, { name: 'Decision' });

const score = (name: string) => ({ message: `${name} must be a score from 1 to 5` });

@InputType()
export class ReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'ideaId must be an idea id' }) ideaId!: string;
  @Field(() => Int) @IsInt(score('Strategic fit')) @Min(1, score('Strategic fit')) @Max(5, score('Strategic fit')) strategicFit!: number;
  @Field(() => Int)
  @IsInt(score('Value for money'))
  @Min(1, score('Value for money'))
  @Max(5, score('Value for money'))
  valueForMoney!: number;
  @Field(() => Int) @IsInt(score('Feasibility')) @Min(1, score('Feasibility')) @Max(5, score('Feasibility')) feasibility!: number;
  @Field(() => Int) @IsInt(score('Risk')) @Min(1, score('Risk')) @Max(5, score('Risk')) risk!: number;
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Enter a comment' })
  @Length(1, 5000, { message: 'Comment must be 5,000 characters or fewer' })
  comment!: string;
}

@InputType()
export class DecideInput {
  @Field(() => ID) @IsUUID('all', { message: 'ideaId must be an idea id' }) ideaId!: string;
  @Field(() => Decision) @IsIn(['IMPLEMENT', 'REJECT']) decision!: Decision;
  @Field()
  @IsString()
  @Length(20, 10000, { message: 'Rationale must be between 20 and 10,000 characters: it is published with the decision' })
  rationale!: string;
}
