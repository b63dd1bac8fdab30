import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { explicitLanguage } from '../language/request-language';
import { requestScope } from './request-scope';

/** A balancer's id is kept if it looks like one; anything else could forge or flood the logs. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One JSON line per request, and a request id (the balancer's X-Request-Id, or a new one) that
 * every other line logged while serving the request carries too.
 */
export function requestLogging(log: Logger) {
  return (req: Request & { requestId?: string }, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    req.requestId = requestId;
    res.setHeader('X-Request-Id', req.requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      log.info(
        {
          requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          operation,
        },
        'request',
      );
    });
    const asked = explicitLanguage(req.headers['accept-language']);
    requestScope.run({ requestId, language: asked ?? 'en', asked: asked !== undefined }, next);
  };
}
