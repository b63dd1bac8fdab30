import { DomainError, type ErrorCode } from './domain-error';

/**
 * PostgreSQL error classes that mean "the database cannot serve now", not "this request is
 * wrong": 08 connection exceptions, 57P0x the server shutting down or starting, 53 insufficient
 * resources (disk full, out of memory, too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0|53)/;
/** Socket failures on the way to the server. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** What node-postgres and TypeORM say when a pooled connection dies or cannot be made. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|Query read timeout/i;

export class ServiceUnavailable extends DomainError {
  readonly code: ErrorCode = 'SERVICE_UNAVAILABLE';
  constructor(reason: 'database' | 'storage') {
    super(
      reason === 'storage'
        ? 'We cannot save anything right now because our storage is full. Nothing was changed; please try again shortly.'
        : 'The service is briefly unavailable. Nothing was changed; please try again shortly.',
    );
  }
}

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  for (let current = error; current && seen.length < 8;) {
    seen.push(current);
    const next = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = next.originalError ?? next.driverError ?? next.cause;
  }
  return seen;
}

/**
 * The typed answer for a failure that means the database (or its disk) is away, so clients get
 * HTTP 503 SERVICE_UNAVAILABLE and retry instead of a fault; undefined for anything else.
 */
export function serviceUnavailableOf(error: unknown): ServiceUnavailable | undefined {
  for (const cause of causes(error)) {
    if (!(cause instanceof Error)) continue;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('53')) return new ServiceUnavailable(code === '53100' ? 'storage' : 'database');
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
      return new ServiceUnavailable('database');
    if (UNAVAILABLE_MESSAGE.test(cause.message)) return new ServiceUnavailable('database');
  }
  return undefined;
}
