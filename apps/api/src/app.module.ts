import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { ChallengesModule } from './challenges/challenges.module';
import { ClockModule } from './common/clock/clock.module';
import type { GraphQLContext, AppRequest } from './auth/request-context';
import { formatGraphQLError } from './common/errors/error-formatter';
import { queryLimits } from './common/graphql/query-limits';
import { argumentCheck } from './common/validation/argument-check';
import { createValidationPipe } from './common/validation/validation.pipe';
import { queryLimitsOf, type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EngagementModule } from './engagement/engagement.module';
import { HealthController } from './health/health.controller';
import { IdeasModule } from './ideas/ideas.module';
import { LedgerModule } from './ledger/ledger.module';
import { MailModule } from './mail/mail.module';
import { MarketModule } from './market/market.module';
import { LiveModule } from './live/live.module';
import { graphqlObservability } from './observability/graphql-observability.plugin';
import { ObservabilityModule } from './observability/observability.module';
import { LiveSocketModule } from './live/live-socket.module';
import { MembersModule } from './members/members.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OperatorModule } from './operator/operator.module';
import { ProfilesModule } from './profiles/profiles.module';
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
import { WebhooksModule } from './webhooks/webhooks.module';
import { SsoModule } from './sso/sso.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, logger: Logger, appDatabaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config, logger),
        ClockModule,
        DatabaseModule.register(appDatabaseUrl, config.databasePoolSize),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.production,
          includeStacktraceInErrorResponses: false,
          parseOptions: { maxTokens: config.maxQueryTokens },
          context: ({ req }: { req: AppRequest }): GraphQLContext => ({ req }),
          formatError: formatGraphQLError(logger),
          plugins: [queryLimits(queryLimitsOf(config)), graphqlObservability()],
          // Nest would reset every executed operation to HTTP 200, hiding the 503 of a database outage.
          preserveHttpStatusForExecutionErrors: false,
          transformSchema: argumentCheck,
        }),
        MailModule,
        TenantsModule,
        MembersModule,
        AuthModule,
        RecruitmentModule,
        OperatorModule,
        LiveModule,
        LiveSocketModule,
        NotificationsModule,
        ChallengesModule,
        IdeasModule,
        EngagementModule,
        ModerationModule,
        LedgerModule,
        MarketModule,
        TeamsModule,
        ProfilesModule,
        BoardModule,
        ImpactModule,
        MergingModule,
        OutcomeMarketsModule,
        LeaderboardsModule,
        AnalyticsModule,
        AdminModule,
        ObservabilityModule,
        WebhooksModule,
        SsoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
