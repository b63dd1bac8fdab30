import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { ChallengesModule } from './challenges/challenges.module';
import type { GraphQLContext, AppRequest } from './auth/request-context';
import { formatGraphQLError } from './common/errors/error-formatter';
import { complexityLimit, depthLimit } from './common/graphql/query-limits';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EngagementModule } from './engagement/engagement.module';
import { HealthController } from './health/health.controller';
import { IdeasModule } from './ideas/ideas.module';
import { LedgerModule } from './ledger/ledger.module';
import { MarketModule } from './market/market.module';
import { LiveModule } from './live/live.module';
import { liveSubscriptions } from './live/live-subscriptions';
import { MembersModule } from './members/members.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OperatorModule } from './operator/operator.module';
import { RecruitmentModule } from './recruitment/recruitment.module';
import { BoardModule } from './board/board.module';
import { ImpactModule } from './impact/impact.module';
import { MergingModule } from './merging/merging.module';
import { OutcomeMarketsModule } from './outcome-markets/outcome-markets.module';
import { TeamsModule } from './teams/teams.module';
import { TenantsModule } from './tenants/tenants.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AdminModule } from './admin/admin.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, logger: Logger, appDatabaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config, logger),
        DatabaseModule.register(appDatabaseUrl, config.databasePoolSize),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: AppRequest }): GraphQLContext => ({ req }),
          formatError: formatGraphQLError(logger),
          validationRules: [depthLimit(config.maxQueryDepth)],
          plugins: [complexityLimit(config.maxQueryComplexity)],
          subscriptions: liveSubscriptions(config),
        }),
        TenantsModule,
        MembersModule,
        AuthModule,
        RecruitmentModule,
        OperatorModule,
        LiveModule,
        NotificationsModule,
        ChallengesModule,
        IdeasModule,
        EngagementModule,
        ModerationModule,
        LedgerModule,
        MarketModule,
        TeamsModule,
        BoardModule,
        ImpactModule,
        MergingModule,
        OutcomeMarketsModule,
        LeaderboardsModule,
        AnalyticsModule,
        AdminModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
