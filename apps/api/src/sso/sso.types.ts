import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString, Length, MaxLength } from 'class-validator';

@ObjectType('SsoSettings')
export class SsoSettings {
  @Field() issuer!: string;
  @Field() clientId!: string;
  @Field() enabled!: boolean;
  @Field({ description: 'Where the identity provider must send members back: register it there.' }) redirectUri!: string;
}

@InputType()
export class SsoInput {
  @Field() @IsString() @MaxLength(500) issuer!: string;
  @Field() @IsString() @Length(1, 200) clientId!: string;
  @Field() @IsString() @Length(1, 500) clientSecret!: string;
  @Field() @IsBoolean() enabled!: boolean;
}
