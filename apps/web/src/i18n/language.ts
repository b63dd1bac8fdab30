import { useCallback, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readLanguageChoice, saveLanguageChoice } from './language-choice';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from './languages';

/** The language the pages are showing. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
}

/** Switches the pages to a language and remembers it as the person's choice. */
export function useChooseLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (language: Language) => {
      saveLanguageChoice(language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
}

/**
 * Shows the pages in `defaultLanguage` (an instance's, or English outside one) unless the person
 * has chosen a language, which always wins.
 */
export function useDefaultLanguage(defaultLanguage: string | undefined): void {
  const { i18n } = useTranslation();
  useLayoutEffect(() => {
    const language = readLanguageChoice() ?? (isLanguage(defaultLanguage) ? defaultLanguage : FALLBACK_LANGUAGE);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [defaultLanguage, i18n]);
}
