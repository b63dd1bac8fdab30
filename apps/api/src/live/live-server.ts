import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { ActorsService } from '../auth/actors.service';
import type { GraphQLContext } from '../auth/request-context';
import { DomainError, Unauthenticated } from '../common/errors/domain-error';
import { formatGraphQLError } from '../common/errors/error-formatter';
import { admitOperation, RequestRefused } from '../common/graphql/request-limits';
import { queryLimitsOf, type AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { liveRequest, type ConnectionParams } from './live-request';

/** graphql-ws's close code for a connection that is not (or no longer) allowed. */
const FORBIDDEN = 4403;

interface Connection {
  params: ConnectionParams;
  /** The member's role when the socket was accepted: any change (a demotion) ends the socket. */
  role?: string;
  close(reason: string): void;
}

type Context = { connectionParams?: ConnectionParams; extra: Extra };

/**
 * graphql-ws on /graphql, set up here rather than by the GraphQL module so the socket holds to the
 * HTTP rules: only subscriptions run; every operation passes the same gate (token limit, depth,
 * aliases, cost, variable coercion); errors are masked by the same formatter; frames are capped;
 * and the member behind a socket is checked again on every subscribe and every few seconds, so
 * suspension, a role change or an expired token closes it.
 */
@Injectable()
export class LiveServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private wss?: WebSocketServer;
  private server?: Disposable;
  private httpServer?: Server;
  private recheck?: NodeJS.Timeout;
  private readonly connections = new Map<object, Connection>();
  private readonly format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly modules: ModuleRef,
    private readonly actors: ActorsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    this.format = formatGraphQLError(log);
  }

  onApplicationBootstrap(): void {
    // The schema is built by the GraphQL module, which does not export its host to other modules.
    const schema = this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.config.maxSocketFrameBytes });
    this.server = useServer<ConnectionParams>(
      {
        schema,
        onConnect: (ctx) => this.accept(ctx),
        onClose: (ctx) => void this.connections.delete(ctx),
        onSubscribe: (ctx, _id, payload) => this.admit(ctx, payload),
        context: (ctx): GraphQLContext => ({ req: liveRequest(ctx.connectionParams) }),
        onError: (_ctx, _id, _payload, errors) => errors.map((error) => this.format(error.toJSON(), error)),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((error) => this.format(error.toJSON(), error)) } : undefined,
      },
      this.wss,
    );
    this.httpServer = this.http.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
    this.recheck = setInterval(() => void this.recheckAll(), this.config.liveRecheckMs);
    this.recheck.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.recheck);
    this.httpServer?.off('upgrade', this.upgrade);
    await this.server?.dispose();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  private readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const wss = this.wss;
    if (!wss || new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') return;
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };

  /** Who the socket acts as now; undefined when it may no longer act at all. */
  private async standing(params: ConnectionParams): Promise<{ role?: string } | undefined> {
    try {
      const resolved = await this.actors.resolve(liveRequest(params));
      if (!resolved) return undefined;
      return { role: resolved.actor.kind === 'member' ? resolved.actor.role : undefined };
    } catch (error) {
      if (error instanceof DomainError) return undefined;
      throw error;
    }
  }

  private async accept(ctx: Context): Promise<boolean> {
    const standing = await this.standing(ctx.connectionParams);
    if (!standing) return false;
    this.connections.set(ctx, {
      params: ctx.connectionParams,
      role: standing.role,
      close: (reason) => ctx.extra.socket.close(FORBIDDEN, reason),
    });
    return true;
  }

  private async stillAllowed(connection: Connection): Promise<boolean> {
    const standing = await this.standing(connection.params);
    if (standing && standing.role === connection.role) return true;
    connection.close(standing ? 'Your role has changed: connect again.' : 'Your sign-in has ended.');
    return false;
  }

  private async recheckAll(): Promise<void> {
    for (const connection of [...this.connections.values()]) {
      await this.stillAllowed(connection).catch((error: unknown) => this.log.warn({ err: error }, 'could not re-check a live connection'));
    }
  }

  private async admit(
    ctx: Context,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const connection = this.connections.get(ctx);
    if (!connection || !(await this.stillAllowed(connection))) {
      return [new GraphQLError('Sign in again.', { originalError: new Unauthenticated({ key: 'SIGN_IN_AGAIN' }) })];
    }
    const schema = this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: this.config.maxQueryTokens });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The query could not be parsed.';
      return [
        new GraphQLError(message, {
          extensions: { code: /more than \d+ tokens/.test(message) ? 'QUERY_TOO_COMPLEX' : 'GRAPHQL_PARSE_FAILED' },
        }),
      ];
    }
    const invalid = validate(schema, document, specifiedRules);
    if (invalid.length > 0) {
      return invalid.map((error) => new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    }
    try {
      const { operation } = admitOperation(schema, document, payload.operationName, payload.variables, queryLimitsOf(this.config));
      if (operation.operation !== 'subscription') {
        return [
          new GraphQLError(
            `Only subscriptions run over the socket; send ${operation.operation === 'mutation' ? 'mutations' : 'queries'} to POST /graphql.`,
            {
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ),
        ];
      }
    } catch (error) {
      if (error instanceof RequestRefused) return [error];
      throw error;
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  }
}
