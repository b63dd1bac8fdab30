import { useTranslation } from 'react-i18next';
import { Header } from '../components/govuk/header';
import {
  ServiceNavigation,
  ServiceNavigationButton,
  ServiceNavigationLink,
  ServiceNavigationText,
} from '../components/govuk/service-navigation';
import { useInstance } from '../instance/instance-context';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

export function InstanceHeader() {
  const { t } = useTranslation('common', { keyPrefix: 'account' });
  const instance = useInstance();
  const { slug, signedIn, endSession } = useSession();
  const member = useCurrentMember();
  return (
    <>
      <Header name={instance.name} homeHref={`/${slug}`} brandColour={instance.brandColour} />
      <ServiceNavigation label={t('navigationLabel')}>
        {signedIn ? (
          <>
            {member && <ServiceNavigationText>{member.displayName}</ServiceNavigationText>}
            <ServiceNavigationText>{t('currency', { currency: instance.currencyName })}</ServiceNavigationText>
            <ServiceNavigationButton onClick={() => void endSession()}>{t('signOut')}</ServiceNavigationButton>
          </>
        ) : (
          <>
            <ServiceNavigationLink to={`/${slug}/sign-in`}>{t('signIn')}</ServiceNavigationLink>
            <ServiceNavigationLink to={`/${slug}/sign-up`}>{t('createAccount')}</ServiceNavigationLink>
          </>
        )}
      </ServiceNavigation>
    </>
  );
}
