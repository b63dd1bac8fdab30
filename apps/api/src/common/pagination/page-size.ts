import { BadUserInput } from '../errors/domain-error';

/** Refuses a page size outside 1 to `max`, naming the `first` argument, as every paged list does. */
export function requirePageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw BadUserInput.field('first', { key: 'PAGE_SIZE_RANGE', values: { max: String(max) } });
}
