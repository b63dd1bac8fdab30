import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useSession } from '../session/session-context';

/** "Settings" in the header: e-mail and notification settings, and from there the password. */
export function AccountNavigationLink() {
  const { t } = useTranslation('account', { keyPrefix: 'preferences' });
  const { slug, signedIn } = useSession();
  if (!signedIn) return null;
  return <ServiceNavigationLink to={`/${slug}/account/notifications`}>{t('navigation')}</ServiceNavigationLink>;
}
