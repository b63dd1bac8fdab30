import { Field, InputType } from '@nestjs/graphql';
import { MEMBER_LANGUAGES } from '../members/member.entity';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { worded } from '../common/validation/field-words';

@InputType()
export class SignUpInput {
  @Field() @IsString() @Length(1, 40) tenantSlug!: string;
  @Field()
  @MaxLength(254)
  @IsEmail({}, worded('EMAIL_FORMAT'))
  email!: string;
  @Field() @IsString() @Length(1, 200, worded('ENTER_PASSWORD')) password!: string;
  @Field()
  @IsString()
  @Matches(/\S/, worded('ENTER_NAME'))
  @Length(1, 80, worded('NAME_LENGTH'))
  displayName!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) inviteCode?: string;
  @Field(() => String, { nullable: true, description: "'en' or 'cy': the language the member's e-mails are written in." })
  @IsOptional()
  @IsIn(MEMBER_LANGUAGES, worded('CHOOSE_LANGUAGE'))
  language?: string | null;
}

@InputType()
export class LogInInput {
  @Field() @IsString() @Length(1, 40) tenantSlug!: string;
  @Field()
  @MaxLength(254)
  @IsEmail({}, worded('EMAIL_FORMAT'))
  email!: string;
  @Field() @IsString() @Length(1, 200, worded('ENTER_YOUR_PASSWORD')) password!: string;
}
