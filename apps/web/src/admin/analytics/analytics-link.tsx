import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../session/session-context';

/** "Analytics", for the admin console's list of other admin pages. */
export function AnalyticsLink() {
  const { t } = useTranslation('analytics');
  const { slug } = useSession();
  return (
    <Link className="govuk-link" to={`/${slug}/admin/analytics`}>
      {t('link')}
    </Link>
  );
}
