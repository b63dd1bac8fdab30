import i18next, { type i18n } from 'i18next';
import { cy } from './cy';
import { en } from './en';
import { i18nOptions } from './load-i18n';
import type { Language } from './languages';
import type { Namespace } from './catalogue';

/**
 * An i18next instance holding both catalogues, showing `language`; ready when it returns. For
 * checking the catalogues side by side; the browser uses loadI18n, which fetches Welsh when shown.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions(language, Object.keys(en) as Namespace[]), resources: { en, cy } });
  return instance;
}
