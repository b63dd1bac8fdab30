import { Field, ObjectType } from '@nestjs/graphql';
import { Member } from '../members/member.types';
import { Tenant } from '../tenants/tenant.types';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() token!: string;
  @Field(() => Member) member!: Member;
  @Field(() => Tenant) tenant!: Tenant;
}
