import { BadUserInput } from '../common/errors/domain-error';
import { isUuid } from '../common/validation/uuid';

/**
 * Where a page ended, in the list's own order: the sort rank, the creation time in
 * microseconds (JavaScript dates would lose PostgreSQL's precision) and the id as tie-break.
 * Opaque to clients.
 */
export interface IdeaCursor {
  rank: number;
  createdMicros: string;
  id: string;
}

export function encodeCursor(cursor: IdeaCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.createdMicros, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): IdeaCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [rank, createdMicros, id] = parsed as unknown[];
      if (
        typeof rank === 'number' &&
        Number.isFinite(rank) &&
        typeof createdMicros === 'string' &&
        /^-?\d{1,20}$/.test(createdMicros) &&
        isUuid(id)
      ) {
        return { rank, createdMicros, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInput.field('after', { key: 'LIST_CURSOR' });
}
