import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { Member } from '../members/member.types';

export enum LeaderboardKind {
  INNOVATORS = 'INNOVATORS',
  TRADERS = 'TRADERS',
  RECRUITERS = 'RECRUITERS',
  TEAMS = 'TEAMS',
}
registerEnumType(LeaderboardKind, { name: 'LeaderboardKind' });

export enum Period {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  ALL_TIME = 'ALL_TIME',
}
registerEnumType(Period, { name: 'Period' });

@ObjectType('LeaderboardEntry')
export class LeaderboardEntry {
  @Field(() => Int) rank!: number;
  @Field(() => Member) member!: Member;
  @Field(() => AmountScalar) score!: bigint;
}
