import { isUuid } from '../common/validation/uuid';
import { IdeaNotFound } from './market.errors';

export function isIdeaId(id: string): boolean {
  return isUuid(id);
}

/** An id that cannot be an idea's is simply not found (and never reaches SQL as a bad uuid). */
export function requireIdeaId(id: string): string {
  if (!isUuid(id)) throw new IdeaNotFound();
  return id;
}
