import type { LoaderFunctionArgs } from 'react-router-dom';
import { IdeaPageFoldDocument, InstanceShellDocument } from '../generated/graphql';
import { instanceClient } from '../session/instance-client';
import { hasSession } from '../session/session-context';
import { preloadIdeaSections } from './idea-sections';

/**
 * An idea page's one request, sent while the page's code loads: the frame, the idea and every
 * section above the fold then render from the cache without asking again. Fresh on every visit.
 */
export async function loadIdeaPage({ params }: LoaderFunctionArgs): Promise<null> {
  const slug = params['slug'] ?? '';
  const ideaId = params['ideaId'] ?? '';
  const client = instanceClient(slug);
  const signedIn = hasSession(slug);
  const withShell = client.readQuery({ query: InstanceShellDocument, variables: { slug, signedIn } }) === null;
  await Promise.all([
    client
      .query({ query: IdeaPageFoldDocument, variables: { slug, ideaId, signedIn, withShell }, fetchPolicy: 'network-only' })
      // A refused or failed request is written nowhere: the page asks again and shows the outcome.
      .catch(() => undefined),
    // A section whose code fails to arrive is asked for again when it renders.
    preloadIdeaSections().catch(() => undefined),
  ]);
  return null;
}
