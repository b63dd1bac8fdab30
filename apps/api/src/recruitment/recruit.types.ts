import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { Member } from '../members/member.types';

@ObjectType('Recruit', { description: 'A member who joined with your invitation.' })
export class Recruit {
  @Field(() => Member) member!: Member;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  @Field({ description: 'Has posted, supported, commented or traded.' }) tookPart!: boolean;
  @Field(() => AmountScalar, { description: 'The bonus you were paid for them (zero until they take part, or over the monthly cap).' })
  bonusPaid!: bigint;
}
