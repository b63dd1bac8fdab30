import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { AppRequest, GraphQLContext } from '../auth/request-context';
import { Tokens } from '../auth/tokens';
import type { AppConfig } from '../config/app-config';

type ConnectionParams = Readonly<Record<string, unknown>> | undefined;

function stringParam(params: ConnectionParams, name: string): string | undefined {
  const value = params?.[name] ?? params?.[name.toLowerCase()];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * A stand-in request for one subscription operation: the access guard and the actor lookup read
 * its headers exactly as they read an HTTP request's, so subscriptions follow the same rules.
 * A fresh one per operation means a changed role or a suspension is seen by the next subscribe.
 */
export function liveRequest(params: ConnectionParams): AppRequest {
  const headers: Record<string, string> = {};
  const authorization = stringParam(params, 'authorization');
  const tenant = stringParam(params, 'x-tenant');
  if (authorization) headers.authorization = authorization;
  if (tenant) headers['x-tenant'] = tenant;
  return { headers } as unknown as AppRequest;
}

/**
 * graphql-ws on /graphql. A connection carries `authorization: "Bearer <token>"` in its
 * connection params (or, for public reads, `x-tenant: <slug>`); a connection with a bad token
 * is closed at once (4403). Each subscribe is then checked by the resolver's @Allow rule.
 */
export function liveSubscriptions(config: AppConfig): ApolloDriverConfig['subscriptions'] {
  const tokens = new Tokens(config.jwtSecret, config.jwtTtlSeconds);
  // Nest's type leaves out graphql-ws's own `context` option, which it passes through as is.
  const graphqlWs = {
    path: '/graphql',
    onConnect: (ctx: { connectionParams?: ConnectionParams }) => {
      const authorization = stringParam(ctx.connectionParams, 'authorization');
      if (authorization) {
        const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
        return token !== undefined && tokens.verify(token) !== undefined;
      }
      return stringParam(ctx.connectionParams, 'x-tenant') !== undefined;
    },
    context: (ctx: { connectionParams?: ConnectionParams }): GraphQLContext => ({ req: liveRequest(ctx.connectionParams) }),
  } as GraphQLWsSubscriptionsConfig;
  return { 'graphql-ws': graphqlWs };
}
