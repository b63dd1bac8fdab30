import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { from, mergeMap } from 'rxjs';
import type { LiveSocket } from './live-socket';
import { identityHeaders } from './session-store';

interface LiveOptions {
  slug: string;
  /** Read at each connection, so the socket speaks for whoever is signed in when it opens. */
  token: () => string | null;
}

/**
 * Subscriptions go over graphql-ws on /graphql, everything else over `http`. The socket opens with
 * the first subscription and closes with the last, carrying the member's token (or, for public
 * reads, the instance's slug) as the HTTP requests do. The socket's code loads with the first
 * subscription, so pages without live parts never download it.
 */
export function withLiveUpdates(http: ApolloLink, { slug, token }: LiveOptions): ApolloLink {
  // The token the open socket was opened with: undefined while no socket is open.
  let openedWith: string | null | undefined;
  let socket: Promise<LiveSocket> | undefined;
  const connect = () =>
    (socket ??= import('./live-socket').then(({ openLiveSocket }) =>
      openLiveSocket(
        () => {
          openedWith = token();
          return identityHeaders(slug, openedWith);
        },
        () => (openedWith = undefined),
      ),
    ));
  // A member who signed in or out since the socket opened gets a socket of their own.
  const live = new ApolloLink((operation) =>
    from(connect()).pipe(
      mergeMap((opened) => {
        if (openedWith !== undefined && openedWith !== token()) opened.terminate();
        return opened.link.request(operation);
      }),
    ),
  );
  return ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, live, http);
}
