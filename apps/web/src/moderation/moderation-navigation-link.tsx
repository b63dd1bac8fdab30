import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

/** "Moderation" in the header, for moderators and admins only. */
export function ModerationNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug } = useSession();
  const member = useCurrentMember();
  if (member?.role !== 'MODERATOR' && member?.role !== 'ADMIN') return null;
  return <ServiceNavigationLink to={`/${slug}/moderation`}>{t('moderation')}</ServiceNavigationLink>;
}
