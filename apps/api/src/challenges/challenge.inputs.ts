import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { worded } from '../common/validation/field-words';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ChallengeInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(5, 140, worded('TITLE_LENGTH'))
  title!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(5, 500, worded('CHALLENGE_QUESTION_LENGTH'))
  question!: string;

  @Field(() => GraphQLISODateTime) @IsDate(worded('ENTER_CHALLENGE_OPENS')) opensAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate(worded('ENTER_CHALLENGE_CLOSES')) closesAt!: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20_000, worded('DESCRIPTION_LENGTH'))
  description?: string;
}
