import { isLanguage, type Language } from './languages';

// One choice for the whole browser: someone who reads Welsh reads it in every instance.
const KEY = 'idea-exchange:language';

/** The language the person chose with the switcher, if they ever did. */
export function readLanguageChoice(): Language | null {
  try {
    const stored = localStorage.getItem(KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function saveLanguageChoice(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage can be switched off; the choice then lasts until the page is reloaded.
  }
}

/**
 * A `?lang=cy` in the address (the language switcher's links, opened in a new tab) is the
 * person's choice: it is saved, then taken out of the address.
 */
export function takeLanguageFromAddress(): void {
  const url = new URL(window.location.href);
  const asked = url.searchParams.get('lang');
  if (asked === null) return;
  if (isLanguage(asked)) saveLanguageChoice(asked);
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', url);
}
