import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

/** One JSON line per request with a request id that error logs carry too. */
export function requestLogging(log: Logger) {
  return (req: Request & { requestId?: string }, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    req.requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      log.info(
        {
          requestId: req.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          operation,
        },
        'request',
      );
    });
    next();
  };
}
