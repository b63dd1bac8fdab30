import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { currentRequestId } from './request-scope';

/**
 * Never logged: credentials, GraphQL variables, and the values a failed SQL statement was given
 * (they are a client's input). Request lines carry the path without its query string.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'password',
  '*.password',
  'variables',
  '*.variables',
  'err.parameters',
  'err.driverError.parameters',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'idea-exchange' },
      redact: { paths: REDACTED_PATHS, remove: true },
      // Every line logged while serving a request names it, whichever service wrote it.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? pino.destination(1),
  );
}

/** Nest's own messages go through pino too, so every log line is structured JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}
  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}
