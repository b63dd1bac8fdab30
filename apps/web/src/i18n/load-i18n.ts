import i18next, { type BackendModule, type i18n, type InitOptions } from 'i18next';
import type { Namespace } from './catalogue';
import { enFirstScreen } from './en-first-screen';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';

const FIRST_SCREEN_NAMESPACES = Object.keys(enFirstScreen) as Namespace[];

/** How every i18next instance of the app is set up, showing `language` and loading `namespaces` first. */
export function i18nOptions(language: Language, namespaces: readonly Namespace[]): InitOptions {
  return {
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...namespaces],
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    // Bundled catalogues are there at once, so an instance can be used as soon as it is made.
    initAsync: false,
  };
}

const FIRST_SCREEN = new Set<string>(FIRST_SCREEN_NAMESPACES);

type Namespaces = Readonly<Record<string, object>>;

const catalogues = {
  en: (): Promise<Namespaces> => import('./en').then(({ en }) => en),
  cyFirstScreen: (): Promise<Namespaces> => import('./cy-first-screen').then(({ cyFirstScreen }) => cyFirstScreen),
  cy: (): Promise<Namespaces> => import('./cy').then(({ cy }) => cy),
};

/**
 * The chunk that holds a namespace in a language. English's first screens are bundled, so i18next
 * asks here only for the rest; Welsh comes in two chunks, so that a first load in Welsh waits only
 * for the first screens' Welsh (the whole of it was 20 KiB gzip).
 */
function catalogueHolding(language: Language, namespace: string): Promise<Namespaces> {
  if (language === 'en') return catalogues.en();
  return FIRST_SCREEN.has(namespace) ? catalogues.cyFirstScreen() : catalogues.cy();
}

/**
 * Fetches what the first load leaves out: the rest of English with the code of the pages that
 * need it, and Welsh the first time it is shown, since most people never choose it (the build
 * keeps each feature's Welsh in those chunks: see vite.config.mts). i18next asks once per
 * namespace; each chunk arrives once.
 */
const cataloguesOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    catalogueHolding(language as Language, namespace).then(
      (catalogue) => done(null, catalogue[namespace]),
      (error: Error) => done(error, false),
    );
  },
};

let browserI18nReady: (instance: i18n) => void = () => undefined;
// The router starts loading the first page as soon as it is made, which may be before i18next is.
const browserI18n = new Promise<i18n>((resolve) => {
  browserI18nReady = resolve;
});

/** The browser's i18next instance: the first screens' English bundled, the rest fetched when needed; ready when it resolves. */
export async function loadI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance().use(cataloguesOnDemand);
  await instance.init({
    ...i18nOptions(language, FIRST_SCREEN_NAMESPACES),
    resources: { en: enFirstScreen },
    partialBundledLanguages: true,
  });
  browserI18nReady(instance);
  return instance;
}

/**
 * Every namespace, in the language shown: a page's route awaits it with the page's code, so no
 * page renders before its strings arrive. The first screens do without it.
 */
export async function loadEveryNamespace(): Promise<void> {
  const [instance, en] = await Promise.all([browserI18n, catalogues.en()]);
  await instance.loadNamespaces(Object.keys(en));
}
