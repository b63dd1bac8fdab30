import { IdeaNotFound } from './market.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isIdeaId(id: string): boolean {
  return UUID.test(id);
}

/** An id that cannot be an idea's is simply not found (and never reaches SQL as a bad uuid). */
export function requireIdeaId(id: string): string {
  if (!UUID.test(id)) throw new IdeaNotFound();
  return id;
}
