import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../common/validation/optional-not-null';
import { MEMBER_LANGUAGES } from './member.entity';

@InputType()
export class ProfileInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString({ message: 'Enter your name' })
  @Matches(/\S/, { message: 'Enter your name' })
  @Length(1, 80, { message: 'Name must be 80 characters or fewer' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Department must be 100 characters or fewer' })
  department?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'List at most 20 skills' })
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'Each skill must be 1 to 40 characters' })
  skills?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Bio must be 2,000 characters or fewer' })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: "'en' or 'cy'; null goes back to the instance's default language." })
  @IsOptional()
  @IsIn(MEMBER_LANGUAGES, { message: 'Choose English (en) or Welsh (cy)' })
  language?: string | null;
}
