/** The error codes of the public contract; every failure a client sees carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INSUFFICIENT_FUNDS'
  | 'SLIPPAGE_EXCEEDED'
  | 'MARKET_CLOSED'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'EMAIL_NOT_VERIFIED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Codes of a request that cannot run at all: always HTTP 400 (or 413 for a body too large). */
export type RequestErrorCode = 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX';

/** An expected failure with a message a member can read. Anything else is a bug. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra facts for clients, merged into extensions (never secrets or SQL). */
  readonly details: Record<string, unknown> = {};

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to do this.') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have permission to do this.') {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class BadUserInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, fields: FieldProblem[] = []) {
    super(message);
    if (fields.length > 0) this.details.fields = fields;
  }

  static field(field: string, message: string): BadUserInput {
    return new BadUserInput(message, [{ field, message }]);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`);
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}
