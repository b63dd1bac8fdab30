import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { NotificationBanner } from '../components/govuk/notification-banner';
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
  const [resend, { loading }] = useMutation(ResendVerificationDocument);
  const [resent, setResent] = useState(false);
  if (!data || data.me.emailVerified || !data.tenant.settings.requireEmailVerification) return null;
  return (
    <NotificationBanner heading={t('heading')}>
      <p className="govuk-body">{t('body')}</p>
      {resent ? (
        <p className="govuk-body" role="status">
          {t('resent')}
        </p>
      ) : (
        <Button
          variant="secondary"
          type="button"
          disabled={loading}
          onClick={() =>
            void resend().then(
              () => setResent(true),
              () => setResent(false),
            )
          }
        >
          {t('resend')}
        </Button>
      )}
    </NotificationBanner>
  );
}
