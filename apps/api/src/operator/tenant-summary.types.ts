import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TenantSummary', { description: 'What the platform operator sees of an instance: its size and activity, none of its content.' })
export class TenantSummary {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() public!: boolean;
  @Field() suspended!: boolean;
  @Field(() => Int) members!: number;
  @Field(() => Int) ideas!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastActivityAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
