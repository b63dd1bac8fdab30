import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { withLiveUpdates } from './live-link';
import { requestHeaders } from './session-store';

declare module '@apollo/client' {
  interface DefaultContext {
    /** Set when the request carried a member's token, so an UNAUTHENTICATED reply means the session ended. */
    sentToken?: boolean;
  }
}

interface InstanceClientOptions {
  slug: string;
  /** Read at each request, so signing in or out takes effect at once. */
  token: () => string | null;
  onSessionEnded: () => void;
}

/** The GraphQL client of one instance: as the signed-in member, or anonymously naming the instance. */
export function createInstanceClient({ slug, token, onSessionEnded }: InstanceClientOptions): ApolloClient {
  const identify = new SetContextLink((context) => {
    const current = token();
    return { headers: { ...context.headers, ...requestHeaders(slug, current) }, sentToken: Boolean(current) };
  });
  const endExpiredSession = new ErrorLink(({ error, operation }) => {
    const unauthenticated = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && operation.getContext().sentToken) onSessionEnded();
  });
  return new ApolloClient({
    link: withLiveUpdates(ApolloLink.from([identify, endExpiredSession, new HttpLink({ uri: '/graphql' })]), { slug, token }),
    cache: new InMemoryCache({
      // One of each per idea and without ids: pages that ask for different fields of them share one object.
      typePolicies: {
        BusinessCase: { merge: true },
        BoardDecision: { merge: true },
        FloatReadiness: { merge: true },
        TenantSettings: { merge: true },
      },
    }),
  });
}
