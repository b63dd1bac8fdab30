import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { RequestPasswordResetDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** /:slug/forgot-password: asks for a reset link; says the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account', { keyPrefix: 'forgot' });
  const { t: tAuth } = useTranslation('auth');
  const { slug } = useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request] = useMutation(RequestPasswordResetDocument);
  const form = useForm({
    initial: { email: '' },
    fieldIds: { email: 'email' },
    validate: ({ email }) => emptyFieldErrors([{ fieldId: 'email', value: email, message: t('emailMissing') }]),
  });
  const { errors } = form;
  const { email } = form.values;
  usePageTitle(t('title'), { error: errors.length > 0 });

  const submit = form.onSubmit(async () => {
    await request({ variables: { tenantSlug: slug, email: email.trim() } });
    setSentTo(email.trim());
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {sentTo ? (
          <NotificationBanner success heading={t('sentHeading')}>
            <p className="govuk-body">{t('sent', { email: sentTo })}</p>
          </NotificationBanner>
        ) : (
          <>
            <p className="govuk-body">{t('intro')}</p>
            <form onSubmit={submit} noValidate>
              <TextInput
                id="email"
                label={tAuth('emailLabel')}
                type="email"
                autoComplete="email"
                spellCheck={false}
                error={errorFor(errors, 'email')}
                value={email}
                onChange={(event) => form.setValue('email', event.target.value)}
              />
              <Button>{t('submit')}</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
