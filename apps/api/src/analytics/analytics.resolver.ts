import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Analytics, AnalyticsTable, WeeklyParticipation } from './analytics.types';
import { AnalyticsService } from './analytics.service';

@Resolver(() => Analytics)
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @Query(() => Analytics)
  @Allow.roles('ADMIN')
  analytics(@CurrentActor() actor: MemberActor): Promise<Analytics> {
    return this.service.summary(actor);
  }

  @ResolveField(() => [WeeklyParticipation], { description: 'Counts per calendar week (from Monday, UTC), oldest first.' })
  participation(
    @Parent() _analytics: Analytics,
    @CurrentActor() actor: MemberActor,
    @Args('weeks', { type: () => Int, nullable: true, defaultValue: 12 }) weeks: number,
  ): Promise<WeeklyParticipation[]> {
    return this.service.participation(actor, weeks ?? 12);
  }

  @Query(() => String, { description: 'One analytics table as RFC 4180 CSV.' })
  @Allow.roles('ADMIN')
  analyticsCsv(@CurrentActor() actor: MemberActor, @Args('table', { type: () => AnalyticsTable }) table: AnalyticsTable): Promise<string> {
    return this.service.csv(actor, table);
  }
}
