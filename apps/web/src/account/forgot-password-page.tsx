import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { useErrorWording } from '../forms/error-wording';
import { emptyFieldErrors, errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { RequestPasswordResetDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** /:slug/forgot-password: asks for a reset link; says the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account', { keyPrefix: 'forgot' });
  const { t: tAuth } = useTranslation('auth');
  const { slug } = useSession();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const wording = useErrorWording();
  usePageTitle(t('title'), { error: errors.length > 0 });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const missing = emptyFieldErrors([{ fieldId: 'email', value: email, message: t('emailMissing') }]);
    if (missing.length > 0) return setErrors(missing);
    try {
      await request({ variables: { tenantSlug: slug, email: email.trim() } });
      setErrors(NO_ERRORS);
      setSentTo(email.trim());
    } catch (error) {
      setErrors(formErrorsFrom(error, { email: 'email' }, wording));
    }
  };

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
            <form onSubmit={(event) => void submit(event)} noValidate>
              <TextInput
                id="email"
                label={tAuth('emailLabel')}
                type="email"
                autoComplete="email"
                spellCheck={false}
                error={errorFor(errors, 'email')}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
              <Button>{t('submit')}</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
