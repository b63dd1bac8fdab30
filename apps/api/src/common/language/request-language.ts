import type { Language } from '@idea-exchange/wording';
import { requestScope } from '../logging/request-scope';

/**
 * The language an Accept-Language header asks for: the first of ours by its weight ("cy",
 * "cy-GB;q=0.9"), none when it names neither. The web app sends the language its pages show.
 */
export function explicitLanguage(header: string | undefined): Language | undefined {
  const asked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const weight = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find((q) => q !== undefined);
      return { primary: tag.split('-')[0], weight: weight === undefined ? 1 : Number(weight), order };
    })
    .filter((choice) => (choice.primary === 'cy' || choice.primary === 'en') && choice.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return asked[0]?.primary === 'cy' || asked[0]?.primary === 'en' ? asked[0].primary : undefined;
}

/** The language an Accept-Language header asks for, English when it names neither of ours. */
export function languageAsked(header: string | undefined): Language {
  return explicitLanguage(header) ?? 'en';
}

/**
 * The request's language once its reader is known (a member's own choice, else their instance's
 * default), for clients that send no Accept-Language naming one of ours: scripts and API clients.
 */
export function readerKnown(language: Language): void {
  const scope = requestScope.getStore();
  if (scope && !scope.asked) scope.language = language;
}

/** The language the request being served asked for; English outside a request (jobs, live events). */
export function requestLanguage(): Language {
  return requestScope.getStore()?.language ?? 'en';
}
