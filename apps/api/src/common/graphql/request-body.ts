import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { RequestErrorCode } from '../errors/domain-error';

function refuse(res: Response, status: number, code: RequestErrorCode, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a POSTed GraphQL body cannot be a request, or undefined when it can. */
function bodyProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'Send one GraphQL request as a JSON object with a "query".';
  if (typeof body.query !== 'string' || body.query.length === 0) return 'The request needs a "query" string.';
  if (body.variables != null && !isObject(body.variables)) return '"variables" must be an object.';
  if (body.operationName != null && typeof body.operationName !== 'string') return '"operationName" must be a string.';
  if (body.extensions != null && !isObject(body.extensions)) return '"extensions" must be an object.';
  return undefined;
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * JSON bodies up to a limit, and GraphQL's own answer shape for any body that cannot be a request:
 * bad JSON or a wrong shape is HTTP 400, a body over the limit 413, each with a contract code, so
 * nothing a client sends reaches Express's HTML error page or a 500.
 */
export function graphqlRequestBody(maxBytes: number): RequestHandler[] {
  const json = express.json({ limit: maxBytes });
  const parse: RequestHandler = (req, res, next) =>
    json(req, res, (error?: unknown) => {
      if (!error) return next();
      const failure = error as BodyParserError;
      if (failure.type === 'entity.too.large') {
        return refuse(res, 413, 'QUERY_TOO_COMPLEX', `The request is larger than the limit of ${maxBytes} bytes.`);
      }
      if (failure.type === 'entity.parse.failed') return refuse(res, 400, 'GRAPHQL_PARSE_FAILED', 'The request body is not valid JSON.');
      if (typeof failure.status === 'number' && failure.status >= 400 && failure.status < 500) {
        return refuse(res, failure.status, 'BAD_USER_INPUT', 'The request body could not be read.');
      }
      return next(error);
    });
  const shape: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.path !== '/graphql') return next();
    const problem = bodyProblem(req.body);
    if (problem) return refuse(res, 400, 'BAD_USER_INPUT', problem);
    next();
  };
  return [parse, shape];
}
