import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

/** "Admin" in the header, for admins only. */
export function AdminNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug } = useSession();
  const member = useCurrentMember();
  if (member?.role !== 'ADMIN') return null;
  return <ServiceNavigationLink to={`/${slug}/admin`}>{t('admin')}</ServiceNavigationLink>;
}
