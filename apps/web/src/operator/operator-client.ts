import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

// Per browser tab: the operator token is the platform's master key, so it leaves with the tab.
const KEY = 'idea-exchange:operator-token';

export function readOperatorToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveOperatorToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetOperatorToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused: there is nothing kept to forget.
  }
}

/** The header that carries an operator token. */
export const operatorAuthorization = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * The platform operator's GraphQL client: the stored operator token on each request, and never an
 * instance (no X-Tenant). A request that sets its own authorization header, such as checking a
 * token before keeping it, keeps that one.
 */
export function createOperatorClient(): ApolloClient {
  const identify = new SetContextLink((context) => {
    const token = readOperatorToken();
    return { headers: { ...(token ? operatorAuthorization(token) : {}), ...context.headers } };
  });
  return new ApolloClient({
    link: ApolloLink.from([identify, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
