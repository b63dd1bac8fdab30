import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../common/validation/optional-not-null';
import { MEMBER_LANGUAGES } from './member.entity';
import { worded } from '../common/validation/field-words';

@InputType()
export class ProfileInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString(worded('ENTER_NAME'))
  @Matches(/\S/, worded('ENTER_NAME'))
  @Length(1, 80, worded('NAME_LENGTH'))
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, worded('DEPARTMENT_LENGTH'))
  department?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, worded('SKILLS_COUNT'))
  @IsString({ each: true })
  @Length(1, 40, worded('SKILL_LENGTH', undefined, { each: true }))
  skills?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, worded('BIO_LENGTH'))
  bio?: string | null;

  @Field(() => String, { nullable: true, description: "'en' or 'cy'; null goes back to the instance's default language." })
  @IsOptional()
  @IsIn(MEMBER_LANGUAGES, worded('CHOOSE_LANGUAGE'))
  language?: string | null;
}
