import { describe, expect, it } from '@jest/globals';
import { englishLeftIn } from '@idea-exchange/wording';
import { cy } from './cy';
import { cyFirstScreen } from './cy-first-screen';
import { en } from './en';
import { enFirstScreen } from './en-first-screen';
import { createI18n } from './i18n';
import type { Language } from './languages';

type Entries = Map<string, string>;

/** Every entry as "namespace:path.to.key" -> value; anything but text or nesting is a mistake. */
function entriesOf(catalogue: object, prefix = ''): Entries {
  const entries: Entries = new Map();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      entriesOf(value, path).forEach((v, k) => entries.set(k, v));
    else throw new Error(`${path} is neither text nor a group of keys`);
  }
  return entries;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Entries grouped by key without plural suffix: "errors:rateLimited" -> its forms. */
function byBaseKey(entries: Entries): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, value] of entries) {
    const form = PLURAL_SUFFIX.exec(key)?.[1] ?? '';
    const group = groups.get(baseKey(key)) ?? new Map<string, string>();
    group.set(form, value);
    groups.set(baseKey(key), group);
  }
  return groups;
}

/** The {{placeholders}} and <linkTags> a value needs filled in, sorted. */
const fillingsOf = (value: string) =>
  [...value.matchAll(/\{\{\s*([^}\s]+)\s*\}\}|<\/?([A-Za-z]\w*)>/g)].map((m) => m[0].replace(/\s/g, '')).sort();

const catalogues: Record<Language, Entries> = { en: entriesOf(en), cy: entriesOf(cy) };
const groups = { en: byBaseKey(catalogues.en), cy: byBaseKey(catalogues.cy) };

// Kept the same in Welsh on purpose: the product's name. Values that only arrange placeholders
// ("{{amount}} {{currency}}") have no words to translate and are let through by valuesOnly.
const SAME_IN_WELSH = new Set(['common:productName']);
const valuesOnly = (value: string) => /^[\s\p{P}\p{S}]*$/u.test(value.replace(/\{\{[^}]*\}\}|<\/?[A-Za-z]\w*>/g, ''));

describe('the English and Welsh catalogues', () => {
  it('have the same keys in the same namespaces, none missing either way', () => {
    const missingInWelsh = [...groups.en.keys()].filter((key) => !groups.cy.has(key));
    const onlyInWelsh = [...groups.cy.keys()].filter((key) => !groups.en.has(key));
    expect({ missingInWelsh, onlyInWelsh }).toEqual({ missingInWelsh: [], onlyInWelsh: [] });
  });

  it('have no empty or blank values', () => {
    for (const language of ['en', 'cy'] as const) {
      const blank = [...catalogues[language]].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect({ language, blank }).toEqual({ language, blank: [] });
    }
  });

  it('ask for the same placeholders and link tags in every language and plural form', () => {
    const mismatched: string[] = [];
    for (const [key, englishForms] of groups.en) {
      const expected = fillingsOf(englishForms.get('other') ?? englishForms.get('') ?? '');
      const forms = [...englishForms, ...(groups.cy.get(key) ?? new Map<string, string>())];
      for (const [form, value] of forms) {
        if (JSON.stringify(fillingsOf(value)) !== JSON.stringify(expected)) mismatched.push(`${key}${form && `_${form}`}: ${value}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('give every plural all the forms the language has, or one form for all of them', () => {
    const incomplete: string[] = [];
    for (const language of ['en', 'cy'] as const) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      for (const [key, forms] of groups[language]) {
        const named = [...forms.keys()].filter(Boolean).sort();
        const complete = named.length === 0 || JSON.stringify(named) === JSON.stringify(categories);
        if (!complete || (named.length > 0 && forms.has(''))) incomplete.push(`${language} ${key}: ${named.join(', ')}`);
      }
    }
    expect(incomplete).toEqual([]);
  });

  it('translate every Welsh value rather than copying the English', () => {
    const copied = [...groups.cy]
      .filter(
        ([key, forms]) =>
          !SAME_IN_WELSH.has(key) &&
          [...forms.values()].some((value) => !valuesOnly(value) && [...(groups.en.get(key)?.values() ?? [])].includes(value)),
      )
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});

describe('the Welsh catalogue', () => {
  it('leaves no English words behind', () => {
    const english = [...catalogues.cy]
      .filter(([key, value]) => !SAME_IN_WELSH.has(baseKey(key)) && englishLeftIn(value) !== undefined)
      .map(([key, value]) => `${key}: ${englishLeftIn(value)} in ${value}`);
    expect(english).toEqual([]);
  });

  it('comes in two chunks split where English is: the first screens’ namespaces, then the rest', () => {
    // The browser fetches a Welsh namespace from the first screens' chunk when English bundles it.
    expect(Object.keys(cyFirstScreen).sort()).toEqual(Object.keys(enFirstScreen).sort());
    for (const namespace of Object.keys(cyFirstScreen) as Array<keyof typeof cyFirstScreen>) {
      expect(cy[namespace]).toBe(cyFirstScreen[namespace]);
    }
  });

  it('would catch English copied in, a YES left untranslated or a key forgotten', () => {
    expect(englishLeftIn('Choose a stage')).toBe('Choose');
    expect(englishLeftIn('Pris cyfran YES')).toBe('YES');
    expect(englishLeftIn('Mae {{actor}} wedi cefnogi eich syniad “{{idea}}” ar Idea Exchange.')).toBeUndefined();
    expect(valuesOnly('{{amount}} {{currency}}')).toBe(true);
    expect(valuesOnly('{{count}} ideas')).toBe(false);
  });
});

describe('i18next with the catalogues', () => {
  it('chooses the English plural form by count', () => {
    const { t } = createI18n('en');
    expect(t('errors:rateLimited', { count: 1 })).toBe('Too many attempts. Try again in 1 minute.');
    expect(t('errors:rateLimited', { count: 5 })).toBe('Too many attempts. Try again in 5 minutes.');
  });

  it('uses the one Welsh form for every count, since Welsh keeps the noun singular after a numeral', () => {
    const { t } = createI18n('cy');
    for (const count of [0, 1, 2, 3, 6, 11]) {
      expect(t('errors:rateLimited', { count })).toBe(`Gormod o ymdrechion. Rhowch gynnig arall arni ymhen ${count} munud.`);
    }
  });

  it('finds every key in Welsh without falling back to English', () => {
    const i18n = createI18n('cy');
    const missing = [...catalogues.en.keys()]
      .map(baseKey)
      .filter((key) => !i18n.exists(key, { lng: 'cy', fallbackLng: [] }) && !i18n.exists(`${key}_other`, { lng: 'cy', fallbackLng: [] }));
    expect(missing).toEqual([]);
  });

  it('fills in values without escaping them, as React escapes what it shows', () => {
    const { t } = createI18n('cy');
    expect(t('home:member.heading', { name: 'Siân & Dafydd <3' })).toBe('Croeso, Siân & Dafydd <3');
  });
});
