import type { ComponentType, ReactNode } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { loadEveryNamespace } from '../i18n/load-i18n';
import { hasSession } from '../session/session-context';
import { loadSignInShell, SignInFrameView, type SignInShell } from './sign-in-frame';

type InstanceHomeRoute =
  | { signedIn: false; shell: SignInShell; Page: ComponentType }
  | { signedIn: true; Frame: ComponentType<{ children: ReactNode }>; Page: ComponentType };

/**
 * /:slug is two pages: for a visitor, the landing page, one of the ways in and without Apollo
 * Client; for a member, the home page, which needs it and the whole catalogue. Which one is
 * settled as the address is visited, by whether a session is kept, and its code and data are
 * fetched before it shows, as for every route. The home page brings its own ApolloFrame, so moving
 * from it to another page mounts the header again, from the cache.
 */
export async function loadInstanceHome(args: LoaderFunctionArgs): Promise<InstanceHomeRoute> {
  if (!hasSession(args.params['slug'] ?? '')) {
    const [shell, { LandingPage }] = await Promise.all([loadSignInShell(args), import('../home/landing-page')]);
    return { signedIn: false, shell, Page: LandingPage };
  }
  const [{ ApolloFrame }, { HomePage }] = await Promise.all([import('./apollo-frame'), import('../home/home-page'), loadEveryNamespace()]);
  return { signedIn: true, Frame: ApolloFrame, Page: HomePage };
}

export function InstanceHome() {
  const route = useLoaderData<typeof loadInstanceHome>();
  const { Page } = route;
  if (!route.signedIn)
    return (
      <SignInFrameView shell={route.shell}>
        <Page />
      </SignInFrameView>
    );
  const { Frame } = route;
  return (
    <Frame>
      <Page />
    </Frame>
  );
}
