import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

/** A graphql-ws client of the app and the close code its socket ends with. */
export interface LiveConnection {
  client: Client;
  closedWith: Promise<number>;
}

/** What a subscription has delivered so far, and how to end it. */
export interface Collected<T> {
  seen: T[];
  stop(): Promise<void>;
}

/** The connection parameters of a signed-in member, as the web app sends them. */
export const signedIn = (member: { token: string }) => ({ authorization: `Bearer ${member.token}` });

/**
 * A spec's live clients, as the web app opens them (lazily, never retrying), each disposed of by
 * `disposeAll` at the end.
 */
export class LiveClients {
  private readonly clients: Client[] = [];

  connect(app: TestApp, connectionParams: Record<string, string>): LiveConnection {
    let closed: (code: number) => void = () => undefined;
    const closedWith = new Promise<number>((resolve) => (closed = resolve));
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
      on: { closed: (event) => closed((event as { code: number }).code) },
    });
    this.clients.push(client);
    return { client, closedWith };
  }

  /** Subscribes with a new client and keeps every event's data, in the order it arrives. */
  collect<T>(app: TestApp, connectionParams: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Collected<T> {
    const iterator = this.connect(app, connectionParams).client.iterate<T>({ query, variables });
    const seen: T[] = [];
    const reading = (async () => {
      for await (const event of iterator) if (event.data) seen.push(event.data);
    })();
    return {
      seen,
      stop: async () => {
        await iterator.return?.();
        await reading;
      },
    };
  }

  async disposeAll(): Promise<void> {
    for (const client of this.clients.splice(0)) await client.dispose();
  }
}
