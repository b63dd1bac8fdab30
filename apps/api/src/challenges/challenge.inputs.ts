import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ChallengeInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(5, 140, { message: 'Title must be between 5 and 140 characters' })
  title!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(5, 500, { message: 'Question must be between 5 and 500 characters' })
  question!: string;

  @Field(() => GraphQLISODateTime) @IsDate({ message: 'Enter the date the challenge opens' }) opensAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate({ message: 'Enter the date the challenge closes' }) closesAt!: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20_000, { message: 'Description must be 20,000 characters or fewer' })
  description?: string;
}
