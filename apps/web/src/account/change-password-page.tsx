import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { ChangePasswordDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

const FIELD_IDS = { currentPassword: 'current-password', newPassword: 'new-password' };

/** /:slug/account/password: a new password; every other sign-in ends, this one carries on. */
export function ChangePasswordPage() {
  const { t } = useTranslation('account', { keyPrefix: 'change' });
  const { t: tReset } = useTranslation('account', { keyPrefix: 'reset' });
  const { slug, signedIn, startSession } = useSession();
  const [done, setDone] = useState(false);
  const [change] = useMutation(ChangePasswordDocument);
  const form = useForm({
    initial: { current: '', next: '' },
    fieldIds: FIELD_IDS,
    validate: ({ current, next }) =>
      emptyFieldErrors([
        { fieldId: FIELD_IDS.currentPassword, value: current, message: t('currentMissing') },
        { fieldId: FIELD_IDS.newPassword, value: next, message: t('newMissing') },
      ]),
  });
  const { errors } = form;
  const { current, next } = form.values;
  usePageTitle(t('title'), { error: errors.length > 0 });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const submit = form.onSubmit(async () => {
    try {
      const { data } = await change({ variables: { currentPassword: current, newPassword: next } });
      if (!data) throw new Error('changePassword returned no data');
      await startSession(data.changePassword.token);
      setDone(true);
    } finally {
      form.setValues({ current: '', next: '' });
    }
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {done && <NotificationBanner success heading={t('done')} />}
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELD_IDS.currentPassword}
            label={t('currentLabel')}
            type="password"
            autoComplete="current-password"
            error={errorFor(errors, FIELD_IDS.currentPassword)}
            value={current}
            onChange={(event) => form.setValue('current', event.target.value)}
          />
          <TextInput
            id={FIELD_IDS.newPassword}
            label={t('newLabel')}
            hint={tReset('newPasswordHint')}
            type="password"
            autoComplete="new-password"
            error={errorFor(errors, FIELD_IDS.newPassword)}
            value={next}
            onChange={(event) => form.setValue('next', event.target.value)}
          />
          <Button>{t('submit')}</Button>
        </form>
      </div>
    </div>
  );
}
