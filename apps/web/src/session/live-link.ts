import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

interface LiveOptions {
  slug: string;
  /** Read at each connection, so the socket speaks for whoever is signed in when it opens. */
  token: () => string | null;
}

const liveUrl = () => `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;

/**
 * Subscriptions go over graphql-ws on /graphql, everything else over `http`. The socket opens with
 * the first subscription and closes with the last, carrying the member's token (or, for public
 * reads, the instance's slug) as the HTTP requests do.
 */
export function withLiveUpdates(http: ApolloLink, { slug, token }: LiveOptions): ApolloLink {
  // The token the open socket was opened with: undefined while no socket is open.
  let openedWith: string | null | undefined;
  const client = createClient({
    url: liveUrl,
    lazy: true,
    connectionParams: () => {
      openedWith = token();
      return openedWith ? { authorization: `Bearer ${openedWith}` } : { 'x-tenant': slug };
    },
    on: { closed: () => (openedWith = undefined) },
  });
  const socket = new GraphQLWsLink(client);
  // A member who signed in or out since the socket opened gets a socket of their own.
  const live = new ApolloLink((operation) => {
    if (openedWith !== undefined && openedWith !== token()) client.terminate();
    return socket.request(operation);
  });
  return ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, live, http);
}
