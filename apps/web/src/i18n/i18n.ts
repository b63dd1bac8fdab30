import i18next, { type i18n } from 'i18next';
import type { Namespace } from './catalogue';
import { cy } from './cy';
import { en } from './en';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';

const NAMESPACES = Object.keys(en) as Namespace[];

/** An i18next instance holding both catalogues, showing `language`; ready when it returns. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en, cy },
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    // The catalogues are bundled, so there is nothing to wait for.
    initAsync: false,
  });
  return instance;
}
