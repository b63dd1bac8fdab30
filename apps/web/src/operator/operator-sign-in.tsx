import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { OperatorTenantsDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { operatorAuthorization } from './operator-client';
import { isUnauthenticated } from '../session/unauthenticated';

const TOKEN_ID = 'operator-token';

/** Asks for the operator token and keeps it only once the API has accepted it. */
export function OperatorSignIn({ signedOut, onSignedIn }: { signedOut: boolean; onSignedIn(token: string): void }) {
  const { t } = useTranslation('operator', { keyPrefix: 'signIn' });
  const client = useApolloClient();
  const [token, setToken] = useState('');
  const candidate = token.trim();
  const { errors, setErrors, onSubmit } = useForm({
    validate: () => (candidate === '' ? [{ fieldId: TOKEN_ID, message: t('tokenMissing') }] : []),
    onFailure: (error) => {
      setToken('');
      if (isUnauthenticated(error)) setErrors([{ fieldId: TOKEN_ID, message: t('wrongToken') }]);
    },
  });
  usePageTitle(t('title'), { error: errors.length > 0 });

  const submit = onSubmit(async () => {
    // The instance list is what the console shows first, so checking the token also fills the cache.
    await client.query({
      query: OperatorTenantsDocument,
      context: { headers: operatorAuthorization(candidate) },
      fetchPolicy: 'network-only',
    });
    onSignedIn(candidate);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && errors.length === 0 && <NotificationBanner success heading={t('signedOut')} />}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id={TOKEN_ID}
            label={t('tokenLabel')}
            hint={t('tokenHint')}
            type="password"
            autoComplete="off"
            spellCheck={false}
            error={errorFor(errors, TOKEN_ID)}
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
          <Button>{t('submit')}</Button>
        </form>
      </div>
    </div>
  );
}
