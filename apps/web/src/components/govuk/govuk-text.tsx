import { createContext, useContext } from 'react';

/**
 * The words GOV.UK components say on their own (a hidden "Error:", "There is a problem", "Day"...),
 * in the page's language. The app provides them from its catalogues, so the components stay free
 * of any language; a prop of the same name, where a component has one, overrides them.
 */
export interface GovukText {
  skipLink: string;
  serviceInformation: string;
  errorPrefix: string;
  errorSummaryTitle: string;
  importantTitle: string;
  successTitle: string;
  warningPrefix: string;
  back: string;
  tabsTitle: string;
  date: { day: string; month: string; year: string };
  characterCount: {
    limit(count: number): string;
    remaining(count: number): string;
    over(count: number): string;
  };
  pagination: { label: string; previous: string; next: string; page(number: number): string };
}

export const GovukTextContext = createContext<GovukText | null>(null);

export function useGovukText(): GovukText {
  const text = useContext(GovukTextContext);
  if (!text) throw new Error('GOV.UK components need a GovukTextContext provider above them');
  return text;
}
