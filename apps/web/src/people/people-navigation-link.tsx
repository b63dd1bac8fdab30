import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useSession } from '../session/session-context';

/** "People" in the header: the directory, for signed-in members. */
export function PeopleNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug, signedIn } = useSession();
  if (!signedIn) return null;
  return <ServiceNavigationLink to={`/${slug}/people`}>{t('people')}</ServiceNavigationLink>;
}
