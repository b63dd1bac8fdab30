import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

export interface LiveSocket {
  link: GraphQLWsLink;
  terminate(): void;
}

const liveUrl = () => `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;

/** The graphql-ws socket, opened with the first subscription and closed with the last. */
export function openLiveSocket(connectionParams: () => Record<string, string>, onClosed: () => void): LiveSocket {
  const client = createClient({ url: liveUrl, lazy: true, connectionParams, on: { closed: onClosed } });
  return { link: new GraphQLWsLink(client), terminate: () => client.terminate() };
}
