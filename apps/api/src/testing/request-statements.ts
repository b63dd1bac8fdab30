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
  private readonly counts = new Map<number, number>();
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
      if (request !== undefined) this.counts.set(request, (this.counts.get(request) ?? 0) + 1);
      return logQuery.call(logger, query, parameters, runner);
    };

    this.restore = () => {
      logger.logQuery = logQuery;
      server.removeListener('request', tagged);
      for (const listener of listeners) server.on('request', listener);
    };
  }

  /** Runs one request (the only one in flight) and returns its result and its statements. */
  async of<T>(request: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const first = this.nextRequest + 1;
    const result = await request();
    let statements = 0;
    for (let id = first; id <= this.nextRequest; id++) statements += this.counts.get(id) ?? 0;
    return { result, statements };
  }

  stop(): void {
    this.restore();
  }
}
