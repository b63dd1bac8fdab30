import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { AccountStandingDocument, VerifyEmailDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { useLinkToken, useOnArrival } from './link-token';

/** /:slug/verify-email?token=…: the link from the verification e-mail; confirms and signs in. */
export function VerifyEmailPage() {
  const { t } = useTranslation('account', { keyPrefix: 'verify' });
  const { slug, startSession } = useSession();
  const token = useLinkToken();
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const [verify] = useMutation(VerifyEmailDocument);
  const client = useApolloClient();
  usePageTitle(t('title'), { error: state === 'failed' });

  useOnArrival(() => {
    verify({ variables: { token } })
      .then(async ({ data }) => {
        if (!data) throw new Error('verifyEmail returned no data');
        await startSession(data.verifyEmail.token);
        // The "check your e-mail" banner reads the standing it held before the link was followed.
        await client.refetchQueries({ include: [AccountStandingDocument] });
        setState('done');
      })
      .catch(() => setState('failed'));
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {state === 'working' && <p className="govuk-body">{t('working')}</p>}
        {state === 'done' && (
          <NotificationBanner success heading={t('done')}>
            <p className="govuk-body">{t('doneBody')}</p>
            <Link className="govuk-notification-banner__link" to={`/${slug}`}>
              {t('start')}
            </Link>
          </NotificationBanner>
        )}
        {state === 'failed' && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <p className="govuk-body govuk-!-margin-bottom-0">{t('failed')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
