import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useInstance } from '../instance/instance-context';
import { useSession } from '../session/session-context';

/** "Leaderboards" in the header: for members, and for everyone on a public instance. */
export function LeaderboardsNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug, signedIn } = useSession();
  const instance = useInstance();
  if (!signedIn && !instance.public) return null;
  return <ServiceNavigationLink to={`/${slug}/leaderboards`}>{t('leaderboards')}</ServiceNavigationLink>;
}
