import i18next, { type BackendModule, type i18n, type InitOptions } from 'i18next';
import type { Namespace } from './catalogue';
import { en } from './en';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';

const NAMESPACES = Object.keys(en) as Namespace[];

/** How every i18next instance of the app is set up, showing `language`. */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    // Bundled catalogues are there at once, so an instance can be used as soon as it is made.
    initAsync: false,
  };
}

/**
 * Fetches the Welsh catalogue the first time Welsh is shown: most people never choose it, so it
 * stays out of the first load (the build keeps each feature's Welsh in that chunk: see
 * vite.config.mts). i18next asks once per namespace; the chunk arrives once.
 */
const welshOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(_language, namespace, done) {
    import('./cy').then(
      ({ cy }) => done(null, cy[namespace as Namespace]),
      (error: Error) => done(error, false),
    );
  },
};

/** The browser's i18next instance: English bundled, Welsh fetched when first shown; ready when it resolves. */
export async function loadI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance().use(welshOnDemand);
  await instance.init({ ...i18nOptions(language), resources: { en }, partialBundledLanguages: true });
  return instance;
}
