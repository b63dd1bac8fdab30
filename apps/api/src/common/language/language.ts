import type { Language } from '@idea-exchange/wording';

export { fillIn, type Language } from '@idea-exchange/wording';

/** A member's own language when they have chosen one, else their instance's default. */
export function readingLanguage(memberLanguage: string | null | undefined, instanceDefault: string | null | undefined): Language {
  return (memberLanguage ?? instanceDefault) === 'cy' ? 'cy' : 'en';
}
