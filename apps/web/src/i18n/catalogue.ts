import type { en } from './en';

/** The catalogue every other language translates: English, with its namespaces. */
export type Catalogue = typeof en;
export type Namespace = keyof Catalogue;

/** i18next's plural suffixes, from Intl.PluralRules categories. */
export type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

/**
 * What a translation of a catalogue must hold: each key of English once, with plural forms
 * (`limit_one`, `limit_other`) folded into one key (`limit`). Welsh needs no plural forms here:
 * after a numeral Welsh keeps the noun singular ("5 munud"), and i18next falls back to the bare
 * key for every plural category.
 */
export type Translation<T> = {
  readonly [Key in keyof T & string as WithoutPluralSuffix<Key>]: T[Key] extends string ? string : Translation<T[Key]>;
};
