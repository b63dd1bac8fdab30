import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useChooseLanguage, useLanguage } from '../i18n/language';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { useOptionalSession } from '../session/session-context';

/**
 * "English | Cymraeg": each language named in itself, the one showing not a link. The links also
 * work opened in a new tab (`?lang=cy`); clicked here, they switch at once and keep focus in place.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  const choose = useChooseLanguage();
  const session = useOptionalSession();
  const { pathname, search, hash } = useLocation();
  const currentItem = useRef<HTMLSpanElement>(null);
  const justChosen = useRef(false);

  useEffect(() => {
    if (!justChosen.current) return;
    justChosen.current = false;
    currentItem.current?.focus();
  }, [current]);

  const hrefFor = (language: Language) => {
    const params = new URLSearchParams(search);
    params.set('lang', language);
    return `${pathname}?${params.toString()}${hash}`;
  };
  const switchTo = (event: MouseEvent<HTMLAnchorElement>, language: Language) => {
    // A click with a modifier opens the link elsewhere (a new tab or window), where ?lang= does the switching.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    justChosen.current = true;
    choose(language);
    session?.saveLanguage(language);
  };

  return (
    <nav className="app-language-switcher" aria-label={t('language.switcherLabel')}>
      <ul className="app-language-switcher__list">
        {LANGUAGES.map((language) => (
          <li className="app-language-switcher__item" key={language}>
            {language === current ? (
              <span className="app-language-switcher__current" lang={language} aria-current="true" tabIndex={-1} ref={currentItem}>
                {LANGUAGE_NAMES[language]}
              </span>
            ) : (
              <a
                className="govuk-link govuk-link--no-visited-state"
                href={hrefFor(language)}
                lang={language}
                hrefLang={language}
                onClick={(event) => switchTo(event, language)}
              >
                {LANGUAGE_NAMES[language]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
