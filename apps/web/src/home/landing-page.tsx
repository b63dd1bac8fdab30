import { Link } from 'react-router-dom';
import { ButtonLink } from '../components/govuk/button';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** An instance's front door for people who are not signed in. */
export function LandingPage() {
  const instance = useInstance();
  usePageTitle('Welcome');
  const base = `/${useSession().slug}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {instance.suspended && (
          <NotificationBanner heading="This instance is suspended.">
            <p className="govuk-body">Nobody can sign in or create an account here until it is restored.</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-xl">{instance.name}</h1>
        <p className="govuk-body-l">
          Share your ideas for doing things better, support colleagues’ ideas and back the most promising ones with{' '}
          {instance.currencyName}.
        </p>
        {!instance.suspended && (
          <>
            <ButtonLink to={`${base}/sign-in`} start>
              Sign in
            </ButtonLink>
            <h2 className="govuk-heading-m">New here?</h2>
            <p className="govuk-body">
              {instance.restrictedSignUp
                ? 'You can join with your work e-mail address, or with an invite code from a colleague.'
                : 'Anyone can join.'}{' '}
              <Link className="govuk-link" to={`${base}/sign-up`}>
                Create an account
              </Link>
              .
            </p>
          </>
        )}
      </div>
    </div>
  );
}
