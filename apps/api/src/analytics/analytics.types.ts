import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { IdeaStage } from '../ideas/idea.types';
import type { FunnelStage } from './analytics.queries';

export enum AnalyticsTable {
  FUNNEL = 'FUNNEL',
  PARTICIPATION = 'PARTICIPATION',
  IMPLEMENTED_IDEAS = 'IMPLEMENTED_IDEAS',
  MEMBERS_SUMMARY = 'MEMBERS_SUMMARY',
}
registerEnumType(AnalyticsTable, { name: 'AnalyticsTable', description: 'The analytics tables that export as CSV.' });

@ObjectType('StageCount')
export class StageCount {
  @Field(() => IdeaStage) stage!: FunnelStage;
  @Field(() => Int) count!: number;
}

@ObjectType('WeeklyParticipation')
export class WeeklyParticipation {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 UTC.' }) weekStart!: Date;
  @Field(() => Int) ideas!: number;
  @Field(() => Int) supports!: number;
  @Field(() => Int) comments!: number;
  @Field(() => Int) trades!: number;
}

/** `participation` is a field with an argument, resolved by AnalyticsResolver. */
@ObjectType('Analytics')
export class Analytics {
  @Field(() => Int) members!: number;
  @Field(() => Int, { description: 'Members who posted, supported, commented or traded in the last 7 days.' }) activeMembers7d!: number;
  @Field(() => Int, { description: 'The same over 30 days.' }) activeMembers30d!: number;
  @Field(() => [StageCount], { description: 'Ideas that ever reached each stage.' }) funnel!: StageCount[];
  @Field(() => AmountScalar) marketVolume!: bigint;
  @Field(() => Int) implementedIdeas!: number;
  @Field(() => AmountScalar) estimatedAnnualSavings!: bigint;
  @Field(() => AmountScalar) realisedSavings!: bigint;
}
