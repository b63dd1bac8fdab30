/** The languages members read in. English is the fallback for anything else. */
export type Language = 'en' | 'cy';

/** A member's own language when they have chosen one, else their instance's default. */
export function readingLanguage(memberLanguage: string | null | undefined, instanceDefault: string | null | undefined): Language {
  return (memberLanguage ?? instanceDefault) === 'cy' ? 'cy' : 'en';
}

/** Fills `{{name}}` placeholders; a missing value leaves the placeholder's name, never "undefined". */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? name);
}
