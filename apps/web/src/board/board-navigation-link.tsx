import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

/** "Board" in the header, for board members and admins only. */
export function BoardNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug } = useSession();
  const member = useCurrentMember();
  if (member?.role !== 'BOARD' && member?.role !== 'ADMIN') return null;
  return <ServiceNavigationLink to={`/${slug}/board`}>{t('board')}</ServiceNavigationLink>;
}
