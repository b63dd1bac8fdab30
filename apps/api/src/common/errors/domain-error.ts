import { errorText, type ErrorWords, type Language } from '@idea-exchange/wording';

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

/**
 * An expected failure with a message a member can read. Anything else is a bug. Given as words (a
 * key of libs/wording's ERROR_WORDING and its values), the message reaches each reader in their
 * language; given as text, it is English for everyone.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra facts for clients, merged into extensions (never secrets or SQL). */
  readonly details: Record<string, unknown> = {};
  readonly words: ErrorWords | undefined;

  /** `othersRead`: words for readers of other languages when the message is English text of its own. */
  constructor(message: string | ErrorWords, othersRead?: ErrorWords) {
    super(typeof message === 'string' ? message : errorText('en', message));
    this.words = typeof message === 'string' ? othersRead : message;
    this.name = new.target.name;
  }

  /** The message in a reader's language, where it has words; its English text for English readers and otherwise. */
  messageIn(language: Language): string {
    return this.words && language !== 'en' ? errorText(language, this.words) : this.message;
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message: string | ErrorWords = { key: 'SIGN_IN_NEEDED' }) {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message: string | ErrorWords = { key: 'NOT_PERMITTED' }) {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  /** `what` as English words ("That idea"), or the words of the whole sentence. */
  constructor(what: string | ErrorWords) {
    super(typeof what === 'string' ? `${what} was not found.` : what);
  }
}

export interface FieldProblem {
  field: string;
  /** The English message, as English readers get it. */
  message: string;
  /** The message's words, when it has them, for readers of other languages. */
  words?: ErrorWords;
}

/** A field's problem as words: its English message for details, its words for other readers. */
export function fieldProblem(field: string, words: ErrorWords): FieldProblem {
  return { field, message: errorText('en', words), words };
}

export class BadUserInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string | ErrorWords, fields: FieldProblem[] = [], othersRead?: ErrorWords) {
    super(message, othersRead);
    if (fields.length > 0) this.details.fields = fields;
  }

  static field(field: string, message: string | ErrorWords): BadUserInput {
    return new BadUserInput(message, [typeof message === 'string' ? { field, message } : fieldProblem(field, message)]);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super({ key: 'RATE_LIMITED', values: { minutes: String(Math.max(1, Math.ceil(retryAfterSeconds / 60))) } });
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}
