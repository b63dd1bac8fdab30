import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Puts "Error: " before the page's title while a form inside a section shows errors: the page
 * that holds the section owns its title, so the section only adds the prefix and takes it away.
 */
export function useErrorTitle(active: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!active) return undefined;
    const title = document.title;
    const withError = t('pageTitle.withError', { title });
    document.title = withError;
    return () => {
      if (document.title === withError) document.title = title;
    };
  }, [active, t]);
}
