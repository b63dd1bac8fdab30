import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { SaveLanguageDocument } from '../generated/graphql';
import type { Language } from '../i18n/languages';
import { graphqlRequest } from './graphql-request';
import { isUnauthenticated } from './unauthenticated';
import { forgetToken, readToken, requestHeaders, saveToken } from './session-store';

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
  /**
   * One operation as this session's member (or anonymously), without Apollo Client: for the
   * screens before sign-in, which do without its code. Every other page uses Apollo Client.
   */
  request: <Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) => Promise<Data>;
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

/**
 * What an instance's Apollo Client, loaded after the first screens, hooks into: its cache is
 * emptied whenever a session starts or ends, and it reports a token the API no longer accepts.
 */
const clearCaches = new Map<string, () => Promise<unknown>>();
const sessionEndedHandlers = new Map<string, () => void>();

export function clearCacheOnSessionChange(slug: string, clear: () => Promise<unknown>): void {
  clearCaches.set(slug, clear);
}

/** The API refused the member's token: back to the sign-in page, saying why. */
export function sessionEnded(slug: string): void {
  sessionEndedHandlers.get(slug)?.();
}

/** Whether a token for this instance is kept: the session as loaders see it, before any page renders. */
export function hasSession(slug: string): boolean {
  return readToken(slug) !== null;
}

/** The member's session in one instance. */
export function SessionProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const navigate = useNavigate();
  const [token, setToken] = useState(() => readToken(slug));

  const leave = useCallback(
    async (reason: SignInReason) => {
      forgetToken(slug);
      setToken(null);
      await clearCaches.get(slug)?.();
      await navigate(`/${slug}/sign-in`, { state: { reason } });
    },
    [navigate, slug],
  );
  useEffect(() => {
    // Several requests may fail together; only the first one still finds a token to drop.
    sessionEndedHandlers.set(slug, () => {
      if (readToken(slug) !== null) void leave('session-ended');
    });
    return () => {
      sessionEndedHandlers.delete(slug);
    };
  }, [leave, slug]);

  const session = useMemo<Session>(() => {
    const request: Session['request'] = async (document, variables) => {
      const sent = readToken(slug);
      try {
        return await graphqlRequest(document, variables, requestHeaders(slug, sent));
      } catch (error) {
        if (sent !== null && isUnauthenticated(error)) sessionEnded(slug);
        throw error;
      }
    };
    return {
      slug,
      signedIn: token !== null,
      startSession: async (next) => {
        await clearCaches.get(slug)?.();
        saveToken(slug, next);
        setToken(next);
      },
      endSession: () => leave('signed-out'),
      saveLanguage: (language) => {
        if (token === null) return;
        // The pages have switched already; a failed save only leaves e-mails in the old language.
        void request(SaveLanguageDocument, { language }).catch(() => undefined);
      },
      request,
    };
  }, [leave, slug, token]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
