import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../components/govuk/button';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** An instance's front door for people who are not signed in. */
export function LandingPage() {
  const { t } = useTranslation('home', { keyPrefix: 'landing' });
  const instance = useInstance();
  usePageTitle(t('title'));
  const base = `/${useSession().slug}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {instance.suspended && (
          <NotificationBanner heading={t('suspended')}>
            <p className="govuk-body">{t('suspendedDetail')}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-xl">{instance.name}</h1>
        <p className="govuk-body-l">{t('intro', { currency: instance.currencyName })}</p>
        {!instance.suspended && (
          <>
            <ButtonLink to={`${base}/sign-in`} start>
              {t('signIn')}
            </ButtonLink>
            {instance.public && (
              <p className="govuk-body">
                <Link className="govuk-link" to={`${base}/ideas`}>
                  {t('browseIdeas')}
                </Link>
              </p>
            )}
            <h2 className="govuk-heading-m">{t('newHere')}</h2>
            <p className="govuk-body">
              <Trans
                t={t}
                i18nKey={instance.restrictedSignUp ? 'joinRestricted' : 'joinOpen'}
                components={{ signUpLink: <Link className="govuk-link" to={`${base}/sign-up`} /> }}
              />
            </p>
          </>
        )}
      </div>
    </div>
  );
}
