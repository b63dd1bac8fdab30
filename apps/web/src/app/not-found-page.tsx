import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';

/** GOV.UK's "Page not found", also shown for an instance short name that does not exist. */
export function NotFoundPage() {
  const { t } = useTranslation('errors', { keyPrefix: 'notFound' });
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('typedAddress')}</p>
        <p className="govuk-body">{t('pastedAddress')}</p>
        <p className="govuk-body">
          <Trans t={t} i18nKey="instance" components={{ startLink: <Link className="govuk-link" to="/" /> }} />
        </p>
      </div>
    </div>
  );
}
