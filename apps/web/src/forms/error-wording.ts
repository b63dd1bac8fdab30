import { useTranslation } from 'react-i18next';
import type { ErrorWording } from './form-errors';

/**
 * The catalogue's words for failures every form can meet (the API unreachable, too many
 * attempts), with a page's own words for other codes it expects.
 */
export function useErrorWording(codes?: Readonly<Record<string, string>>): ErrorWording {
  const { t } = useTranslation('errors');
  return {
    somethingWentWrong: t('somethingWentWrong'),
    rateLimited: (minutes) => t('rateLimited', { count: minutes }),
    codes,
  };
}
