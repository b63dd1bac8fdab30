import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { ResetPasswordDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { useLinkToken } from './link-token';

const FIELD_IDS = { newPassword: 'new-password', token: 'new-password' };

/** /:slug/reset-password?token=…: the link from the reset e-mail; sets the password and signs in. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account', { keyPrefix: 'reset' });
  const { slug, startSession } = useSession();
  const navigate = useNavigate();
  const token = useLinkToken();
  const [reset] = useMutation(ResetPasswordDocument);
  const form = useForm({
    initial: { password: '' },
    fieldIds: FIELD_IDS,
    codes: { NOT_FOUND: t('failed') },
    validate: ({ password }) => emptyFieldErrors([{ fieldId: FIELD_IDS.newPassword, value: password, message: t('passwordMissing') }]),
    onFailure: () => form.setValue('password', ''),
  });
  const { errors } = form;
  const { password } = form.values;
  usePageTitle(t('title'), { error: errors.length > 0 });

  const submit = form.onSubmit(async () => {
    const { data } = await reset({ variables: { token, newPassword: password } });
    if (!data) throw new Error('resetPassword returned no data');
    await startSession(data.resetPassword.token);
    await navigate(`/${slug}`, { replace: true });
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELD_IDS.newPassword}
            label={t('newPasswordLabel')}
            hint={t('newPasswordHint')}
            type="password"
            autoComplete="new-password"
            error={errorFor(errors, FIELD_IDS.newPassword)}
            value={password}
            onChange={(event) => form.setValue('password', event.target.value)}
          />
          <Button>{t('submit')}</Button>
        </form>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/forgot-password`}>
            {t('askAgain')}
          </Link>
        </p>
      </div>
    </div>
  );
}
