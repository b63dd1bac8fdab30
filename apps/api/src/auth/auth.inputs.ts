import { Field, InputType } from '@nestjs/graphql';
import { MEMBER_LANGUAGES } from '../members/member.entity';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field() @IsString() @Length(1, 40) tenantSlug!: string;
  @Field()
  @MaxLength(254)
  @IsEmail({}, { message: 'Enter an e-mail address in the right format, like name@example.gov.uk' })
  email!: string;
  @Field() @IsString() @Length(1, 200, { message: 'Enter a password' }) password!: string;
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Enter your name' })
  @Length(1, 80, { message: 'Name must be 80 characters or fewer' })
  displayName!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) inviteCode?: string;
  @Field(() => String, { nullable: true, description: "'en' or 'cy': the language the member's e-mails are written in." })
  @IsOptional()
  @IsIn(MEMBER_LANGUAGES, { message: 'Choose English (en) or Welsh (cy)' })
  language?: string | null;
}

@InputType()
export class LogInInput {
  @Field() @IsString() @Length(1, 40) tenantSlug!: string;
  @Field()
  @MaxLength(254)
  @IsEmail({}, { message: 'Enter an e-mail address in the right format, like name@example.gov.uk' })
  email!: string;
  @Field() @IsString() @Length(1, 200, { message: 'Enter your password' }) password!: string;
}
