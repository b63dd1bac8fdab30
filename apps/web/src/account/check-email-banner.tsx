import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { useAction } from '../forms/use-action';
import { AccountStandingDocument, ResendVerificationDocument } from '../generated/graphql';
import { useSession } from '../session/session-context';

/**
 * The "check your e-mail" state: shown on every page to a member who must still confirm their
 * address, with a way to send the link again.
 */
export function CheckEmailBanner() {
  const { t } = useTranslation('account', { keyPrefix: 'checkEmail' });
  const { signedIn } = useSession();
  const { data } = useQuery(AccountStandingDocument, { skip: !signedIn });
  const [resend] = useMutation(ResendVerificationDocument);
  const [resent, setResent] = useState(false);
  const { busy, failure, run } = useAction();
  if (!data || data.me.emailVerified || !data.tenant.settings.requireEmailVerification) return null;
  return (
    <NotificationBanner heading={t('heading')}>
      <p className="govuk-body">{t('body')}</p>
      {resent ? (
        <p className="govuk-body" role="status">
          {t('resent')}
        </p>
      ) : (
        <>
          {failure && (
            <p className="govuk-error-message" role="alert">
              {failure}
            </p>
          )}
          <Button variant="secondary" type="button" disabled={busy} onClick={() => void run(() => resend()).then(setResent)}>
            {t('resend')}
          </Button>
        </>
      )}
    </NotificationBanner>
  );
}
