import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Member } from '../members/member.types';

@ObjectType('AuditEntry', { description: 'One admin or moderation action: who did what to which thing, when and why.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => Member, { nullable: true, description: 'Null when the system acted.' }) actor!: Member | null;
  @Field() action!: string;
  @Field() kind!: string;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the entry is about, in words: a member’s name or an idea’s or challenge’s title; null when gone or unnamed.',
  })
  targetName!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLISODateTime) at!: Date;
}
