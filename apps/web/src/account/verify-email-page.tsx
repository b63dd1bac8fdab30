import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AccountStandingDocument, VerifyEmailDocument } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { LinkActionPage } from './link-action-page';
import { useLinkToken } from './link-token';

/** /:slug/verify-email?token=…: the link from the verification e-mail; confirms and signs in. */
export function VerifyEmailPage() {
  const { t } = useTranslation('account', { keyPrefix: 'verify' });
  const { slug, startSession } = useSession();
  const token = useLinkToken();
  const [verify] = useMutation(VerifyEmailDocument);
  const client = useApolloClient();

  const confirm = async () => {
    const { data } = await verify({ variables: { token } });
    if (!data) throw new Error('verifyEmail returned no data');
    await startSession(data.verifyEmail.token);
    // The "check your e-mail" banner reads the standing it held before the link was followed.
    await client.refetchQueries({ include: [AccountStandingDocument] });
  };

  return (
    <LinkActionPage
      texts="verify"
      act={confirm}
      onward={
        <Link className="govuk-notification-banner__link" to={`/${slug}`}>
          {t('start')}
        </Link>
      }
    />
  );
}
