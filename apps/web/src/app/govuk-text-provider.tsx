import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GovukTextContext, type GovukText } from '../components/govuk/govuk-text';

/** Gives the GOV.UK components their own words, in the language the pages are showing. */
export function GovukTextProvider({ children }: { children: ReactNode }) {
  // t is a new function whenever the language changes, so the words are worked out again then.
  const { t } = useTranslation('common', { keyPrefix: 'govuk' });
  const text = useMemo<GovukText>(
    () => ({
      skipLink: t('skipLink'),
      serviceInformation: t('serviceInformation'),
      errorPrefix: t('errorPrefix'),
      errorSummaryTitle: t('errorSummaryTitle'),
      importantTitle: t('importantTitle'),
      successTitle: t('successTitle'),
      warningPrefix: t('warningPrefix'),
      back: t('back'),
      tabsTitle: t('tabsTitle'),
      date: { day: t('date.day'), month: t('date.month'), year: t('date.year') },
      characterCount: {
        limit: (count) => t('characterCount.limit', { count }),
        remaining: (count) => t('characterCount.remaining', { count }),
        over: (count) => t('characterCount.over', { count }),
      },
      pagination: {
        label: t('pagination.label'),
        previous: t('pagination.previous'),
        next: t('pagination.next'),
        page: (number) => t('pagination.page', { number }),
      },
    }),
    [t],
  );
  return <GovukTextContext.Provider value={text}>{children}</GovukTextContext.Provider>;
}
