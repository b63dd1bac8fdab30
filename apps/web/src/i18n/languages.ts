export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language shown until an instance or the member says otherwise, and for any key a catalogue lacks. */
export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * Each language's name in that language, as language switchers show it whatever the page's
 * language: these are not translated, so they are not in the catalogues.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', cy: 'Cymraeg' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
