import type { Language } from '@idea-exchange/wording';
import { requestScope } from '../logging/request-scope';

/**
 * The language an Accept-Language header asks for: the first of ours by its weight ("cy",
 * "cy-GB;q=0.9"), English when it names neither. The web app sends the language its pages show.
 */
export function languageAsked(header: string | undefined): Language {
  const asked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const weight = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find((q) => q !== undefined);
      return { primary: tag.split('-')[0], weight: weight === undefined ? 1 : Number(weight), order };
    })
    .filter((choice) => (choice.primary === 'cy' || choice.primary === 'en') && choice.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return asked[0]?.primary === 'cy' ? 'cy' : 'en';
}

/** The language the request being served asked for; English outside a request (jobs, live events). */
export function requestLanguage(): Language {
  return requestScope.getStore()?.language ?? 'en';
}
