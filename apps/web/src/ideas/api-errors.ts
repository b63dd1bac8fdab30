import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API refused because nobody is signed in: an internal instance keeps its ideas to its members. */
export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
