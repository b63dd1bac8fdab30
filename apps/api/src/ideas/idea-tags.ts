import { BadUserInput } from '../common/errors/domain-error';

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 30;

/**
 * Tags are compared as typed by most people: trimmed, lower-case, inner spaces collapsed, each
 * once. The input types check the raw sizes; this checks what is left after normalising.
 */
export function normaliseTags(tags: readonly string[] | null | undefined): string[] {
  const normalised = [...new Set((tags ?? []).map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()))];
  if (normalised.some((tag) => tag.length === 0 || tag.length > MAX_TAG_LENGTH)) {
    throw BadUserInput.field('tags', { key: 'TAG_SIZE', values: { max: String(MAX_TAG_LENGTH) } });
  }
  if (normalised.length > MAX_TAGS) throw BadUserInput.field('tags', { key: 'TAGS_COUNT', values: { max: String(MAX_TAGS) } });
  return normalised;
}
