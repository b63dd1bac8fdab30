import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { serviceUnavailableOf } from '../../database/database-availability';
import { DomainError } from './domain-error';

/** Apollo's own codes for requests that never reached a resolver: all mean the request was bad. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function domainErrorOf(error: unknown): DomainError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof DomainError) return current;
    if (!(current instanceof Error)) break;
  }
  return undefined;
}

/**
 * The one mapping from failures to what clients see: a contract code and a readable message.
 * Unexpected errors are logged in full and reach the client as a generic message only.
 */
export function formatGraphQLError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorOf(error) ?? serviceUnavailableOf(error);
    const path = formatted.path;
    if (domain) {
      return { message: domain.message, path, locations: formatted.locations, extensions: { code: domain.code, ...domain.details } };
    }
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const apolloCode = formatted.extensions?.code;
    if (!original && typeof apolloCode === 'string' && CLIENT_CODES.has(apolloCode)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof GraphQLError && !original.originalError) {
      // A scalar refused a literal or variable (for example an Amount with three decimals).
      return { message: original.message, path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log.error({ err: original ?? error, path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.',
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
