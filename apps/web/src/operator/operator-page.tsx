import { ApolloProvider } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createOperatorClient, forgetOperatorToken, readOperatorToken, saveOperatorToken } from './operator-client';
import { OperatorConsole } from './operator-console';
import { OperatorSignIn } from './operator-sign-in';
import './operator.css';

type View = 'sign-in' | 'signed-out' | 'console';

/** After switching between signing in and the console, focus goes to the new h1, as after moving page. */
function useFocusHeadingOnChange(view: View): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    const h1 = document.querySelector<HTMLElement>('#main-content h1');
    h1?.setAttribute('tabindex', '-1');
    h1?.focus();
  }, [view]);
}

/**
 * /operator: the platform operator's console, outside every instance. It has its own GraphQL
 * client, which carries the operator token and never names an instance.
 */
export function OperatorPage() {
  const [client] = useState(createOperatorClient);
  const [view, setView] = useState<View>(() => (readOperatorToken() === null ? 'sign-in' : 'console'));
  useFocusHeadingOnChange(view);

  const leave = useCallback(
    async (next: View) => {
      forgetOperatorToken();
      await client.clearStore();
      setView(next);
    },
    [client],
  );
  const tokenRefused = useCallback(() => void leave('sign-in'), [leave]);

  return (
    <ApolloProvider client={client}>
      {view === 'console' ? (
        <OperatorConsole onSignOut={() => void leave('signed-out')} onTokenRefused={tokenRefused} />
      ) : (
        <OperatorSignIn
          signedOut={view === 'signed-out'}
          onSignedIn={(token) => {
            saveOperatorToken(token);
            setView('console');
          }}
        />
      )}
    </ApolloProvider>
  );
}
