import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { InstanceContext } from '../instance/instance-context';

/**
 * Sets "<Page> – <Instance name> – Idea Exchange" ("Idea Exchange" alone for the start page), in
 * the page's language, prefixed with "Error: " while the page's form shows errors.
 */
export function usePageTitle(page: string | null, options: { error?: boolean } = {}): void {
  const { t } = useTranslation();
  const instance = useContext(InstanceContext);
  const title = [page, instance?.name, t('productName')].filter(Boolean).join(' – ');
  const full = options.error ? t('pageTitle.withError', { title }) : title;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
