/** The languages members read in. English is the fallback for anything else. */
export type Language = 'en' | 'cy';

export const LANGUAGES: readonly Language[] = ['en', 'cy'];

/** Fills `{{name}}` placeholders (i18next's syntax); a missing value leaves the placeholder's name, never "undefined". */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? name);
}

/** The market's two outcomes as each language names them: in Welsh, IE and NA. */
const OUTCOME_NAMES: Record<Language, Record<'YES' | 'NO', string>> = {
  en: { YES: 'YES', NO: 'NO' },
  cy: { YES: 'IE', NO: 'NA' },
};

/** A value as the reader should see it: an outcome named in their language, anything else as it is. */
export function outcomeNamed(language: Language, value: string): string {
  return value === 'YES' || value === 'NO' ? OUTCOME_NAMES[language][value] : value;
}
