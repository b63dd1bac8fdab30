import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { SaveLanguageDocument } from '../generated/graphql';
import type { Language } from '../i18n/languages';
import { createInstanceClient } from './apollo-client';
import { forgetToken, readToken, saveToken } from './session-store';

/** Why the member arrived at the sign-in page, if it was not by choice. */
export type SignInReason = 'signed-out' | 'session-ended';

interface Session {
  slug: string;
  signedIn: boolean;
  /** Keeps the token from signUp or logIn and starts from a clean cache. */
  startSession: (token: string) => Promise<void>;
  endSession: () => Promise<void>;
  /** Keeps a signed-in member's language choice on their account, for the e-mails they get. */
  saveLanguage: (language: Language) => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only for pages inside an instance');
  return session;
}

/** The session when inside an instance; null on the product's own pages. */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

interface InstanceClient {
  client: ApolloClient;
  /** Set by the instance's SessionProvider once mounted: what to do when the API ends the session. */
  sessionEnded: { current: () => void };
}

const clients = new Map<string, InstanceClient>();

function instanceClientOf(slug: string): InstanceClient {
  let entry = clients.get(slug);
  if (!entry) {
    const sessionEnded: InstanceClient['sessionEnded'] = { current: () => undefined };
    const client = createInstanceClient({ slug, token: () => readToken(slug), onSessionEnded: () => sessionEnded.current() });
    entry = { client, sessionEnded };
    clients.set(slug, entry);
  }
  return entry;
}

/**
 * The GraphQL client of one instance, the same for its pages and for the router's loaders, which
 * fetch a page's first query while its code loads, so the page renders from the cache.
 */
export function instanceClient(slug: string): ApolloClient {
  return instanceClientOf(slug).client;
}

/** Whether a token for this instance is kept: the session as loaders see it, before any page renders. */
export function hasSession(slug: string): boolean {
  return readToken(slug) !== null;
}

/** The member's session in one instance, with the GraphQL client that carries it. */
export function SessionProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const navigate = useNavigate();
  const [token, setToken] = useState(() => readToken(slug));
  const { client, sessionEnded } = instanceClientOf(slug);

  const leave = useCallback(
    async (reason: SignInReason) => {
      forgetToken(slug);
      setToken(null);
      await client.clearStore();
      await navigate(`/${slug}/sign-in`, { state: { reason } });
    },
    [client, navigate, slug],
  );
  useEffect(() => {
    // Several requests may fail together; only the first one still finds a token to drop.
    sessionEnded.current = () => {
      if (readToken(slug) !== null) void leave('session-ended');
    };
  }, [leave, sessionEnded, slug]);

  const session = useMemo<Session>(
    () => ({
      slug,
      signedIn: token !== null,
      startSession: async (next) => {
        await client.clearStore();
        saveToken(slug, next);
        setToken(next);
      },
      endSession: () => leave('signed-out'),
      saveLanguage: (language) => {
        if (token === null) return;
        // The pages have switched already; a failed save only leaves e-mails in the old language.
        void client.mutate({ mutation: SaveLanguageDocument, variables: { language } }).catch(() => undefined);
      },
    }),
    [client, leave, slug, token],
  );

  return (
    <ApolloProvider client={client}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </ApolloProvider>
  );
}
