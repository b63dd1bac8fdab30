import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { useSession } from '../session/session-context';

/** "Invite colleagues" in the header, for signed-in members. */
export function RecruitmentNavigationLink() {
  const { t } = useTranslation('common', { keyPrefix: 'navigation' });
  const { slug, signedIn } = useSession();
  if (!signedIn) return null;
  return <ServiceNavigationLink to={`/${slug}/invite`}>{t('recruitment')}</ServiceNavigationLink>;
}
