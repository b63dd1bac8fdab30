import type { ApolloClient } from '@apollo/client';
import { createInstanceClient } from './apollo-client';
import { clearCacheOnSessionChange, sessionEnded } from './session-context';
import { readToken } from './session-store';

const clients = new Map<string, ApolloClient>();

/**
 * The GraphQL client of one instance, the same for its pages and for the router's loaders, which
 * fetch a page's first query while its code loads, so the page renders from the cache. Made when
 * first needed: the sign-in and sign-up screens do without it.
 */
export function instanceClient(slug: string): ApolloClient {
  let client = clients.get(slug);
  if (!client) {
    const made = createInstanceClient({ slug, token: () => readToken(slug), onSessionEnded: () => sessionEnded(slug) });
    clearCacheOnSessionChange(slug, () => made.clearStore());
    clients.set(slug, made);
    client = made;
  }
  return client;
}
