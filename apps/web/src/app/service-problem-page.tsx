import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../page/page-title';

/** GOV.UK's "There is a problem with the service", for when the API cannot be reached. */
export function ServiceProblemPage() {
  const { t } = useTranslation('errors', { keyPrefix: 'serviceProblem' });
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('tryLater')}</p>
      </div>
    </div>
  );
}
