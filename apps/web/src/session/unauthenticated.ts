import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The API refused because the request carried nobody it accepts: no member on an internal
 * instance's pages, or a wrong operator token.
 */
export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
