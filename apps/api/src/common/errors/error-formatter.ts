import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { errorText, type Language } from '@idea-exchange/wording';
import { serviceUnavailableOf } from './service-unavailable';
import { DomainError, type FieldProblem, type RequestErrorCode } from './domain-error';
import { requestLanguage } from '../language/request-language';

/** Codes a client may see for a request that never reached a resolver, as the contract names them. */
const REQUEST_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

/** Apollo's other codes for a bad request (a GET mutation, an unknown operation name...). */
const OTHER_CLIENT_CODES = new Set([
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The parser's own message when a document passes the token limit (parseOptions.maxTokens). */
const TOO_MANY_TOKENS = /Document contains more than \d+ tokens/;

function domainErrorOf(error: unknown): DomainError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof DomainError) return current;
    if (!(current instanceof Error)) break;
  }
  return undefined;
}

function requestCodeOf(formatted: GraphQLFormattedError): RequestErrorCode | undefined {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) return 'QUERY_TOO_COMPLEX';
  if (REQUEST_CODES.has(code)) return code as RequestErrorCode;
  return OTHER_CLIENT_CODES.has(code) ? 'BAD_USER_INPUT' : undefined;
}

/** A field's problem as a client sees it: its English message, or its words in another reader's language. */
const worded =
  (language: Language) =>
  ({ field, message, words }: FieldProblem) => ({ field, message: words && language !== 'en' ? errorText(language, words) : message });

/**
 * The one mapping from failures to what clients see: a contract code and a readable message.
 * Unexpected errors are logged in full and reach the client as a generic message only.
 */
export function formatGraphQLError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorOf(error) ?? serviceUnavailableOf(error);
    const path = formatted.path;
    if (domain) {
      const language = requestLanguage();
      const extensions: Record<string, unknown> = { code: domain.code, ...domain.details };
      if (Array.isArray(domain.details.fields)) extensions.fields = (domain.details.fields as FieldProblem[]).map(worded(language));
      return { message: domain.messageIn(language), path, locations: formatted.locations, extensions };
    }
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const requestCode = requestCodeOf(formatted);
    // Apollo wraps the parser's and validator's own GraphQLErrors; anything else is not a request error.
    if (requestCode && (!original || original instanceof GraphQLError)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
    }
    if (original instanceof GraphQLError && !original.originalError) {
      // A scalar refused a literal or variable (for example an Amount with three decimals).
      return { message: original.message, path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log.error({ err: original ?? error, path }, 'unexpected error in a GraphQL request');
    return {
      message: errorText(requestLanguage(), { key: 'SOMETHING_WENT_WRONG' }),
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
