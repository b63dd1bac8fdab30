import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import type { GraphQLContext, AppRequest } from './auth/request-context';
import { formatGraphQLError } from './common/errors/error-formatter';
import { complexityLimit, depthLimit } from './common/graphql/query-limits';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { MembersModule } from './members/members.module';
import { OperatorModule } from './operator/operator.module';
import { RecruitmentModule } from './recruitment/recruitment.module';
import { TenantsModule } from './tenants/tenants.module';

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
        }),
        TenantsModule,
        MembersModule,
        AuthModule,
        RecruitmentModule,
        OperatorModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
