import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '@idea-exchange/wording';

interface RequestScope {
  requestId: string;
  /** The language the request's refusals are worded in. */
  language: Language;
  /** Accept-Language named one of ours; otherwise the reader's own language stands in once known. */
  asked: boolean;
}

/**
 * The request a piece of work belongs to, followed through every await, so each log line of a
 * request carries its id without passing a child logger through every service.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
