import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '../database/database.service';
import type { TestApp } from './test-app';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Counts the SQL statements that HTTP requests run themselves. Each request is handled inside an
 * async context of its own, and a statement counts only when it is issued from the context of the
 * request being measured: the app's background work (board catch-ups, buzz expiry) runs from
 * timers outside any request, so it can run at any moment without skewing the count.
 */
export class RequestStatements {
  private readonly requests = new AsyncLocalStorage<number>();
  private readonly issued = new Map<number, string[]>();
  private nextRequest = 0;
  private readonly restore: () => void;

  constructor(app: TestApp) {
    const server = app.app.getHttpServer();
    const listeners = server.listeners('request') as RequestListener[];
    const tagged: RequestListener = (req, res) => {
      const request = (this.nextRequest += 1);
      this.requests.run(request, () => listeners.forEach((listener) => listener.call(server, req, res)));
    };
    server.removeAllListeners('request');
    server.on('request', tagged);

    const logger = app.app.get(Database).dataSource.logger;
    const logQuery = logger.logQuery;
    logger.logQuery = (query, parameters, runner) => {
      const request = this.requests.getStore();
      if (request !== undefined) this.issued.set(request, [...(this.issued.get(request) ?? []), query]);
      return logQuery.call(logger, query, parameters, runner);
    };

    this.restore = () => {
      logger.logQuery = logQuery;
      server.removeListener('request', tagged);
      for (const listener of listeners) server.on('request', listener);
    };
  }

  /**
   * Runs one request (the only one in flight) and returns its result, how many statements it ran
   * and their SQL (to count one kind of statement).
   */
  async of<T>(request: () => Promise<T>): Promise<{ result: T; statements: number; queries: string[] }> {
    const first = this.nextRequest + 1;
    const result = await request();
    const queries: string[] = [];
    for (let id = first; id <= this.nextRequest; id++) queries.push(...(this.issued.get(id) ?? []));
    return { result, statements: queries.length, queries };
  }

  stop(): void {
    this.restore();
  }
}
