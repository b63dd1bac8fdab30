import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { TextInput } from '../components/govuk/text-input';
import { useErrorWording } from '../forms/error-wording';
import { emptyFieldErrors, errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { ChangePasswordDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

const FIELD_IDS = { currentPassword: 'current-password', newPassword: 'new-password' };

/** /:slug/account/password: a new password; every other sign-in ends, this one carries on. */
export function ChangePasswordPage() {
  const { t } = useTranslation('account', { keyPrefix: 'change' });
  const { t: tReset } = useTranslation('account', { keyPrefix: 'reset' });
  const { slug, signedIn, startSession } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const wording = useErrorWording();
  usePageTitle(t('title'), { error: errors.length > 0 });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const missing = emptyFieldErrors([
      { fieldId: FIELD_IDS.currentPassword, value: current, message: t('currentMissing') },
      { fieldId: FIELD_IDS.newPassword, value: next, message: t('newMissing') },
    ]);
    if (missing.length > 0) return setErrors(missing);
    try {
      const { data } = await change({ variables: { currentPassword: current, newPassword: next } });
      if (!data) throw new Error('changePassword returned no data');
      await startSession(data.changePassword.token);
      setErrors(NO_ERRORS);
      setDone(true);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELD_IDS, wording));
    } finally {
      setCurrent('');
      setNext('');
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {done && <NotificationBanner success heading={t('done')} />}
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id={FIELD_IDS.currentPassword}
            label={t('currentLabel')}
            type="password"
            autoComplete="current-password"
            error={errorFor(errors, FIELD_IDS.currentPassword)}
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
          <TextInput
            id={FIELD_IDS.newPassword}
            label={t('newLabel')}
            hint={tReset('newPasswordHint')}
            type="password"
            autoComplete="new-password"
            error={errorFor(errors, FIELD_IDS.newPassword)}
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
          <Button>{t('submit')}</Button>
        </form>
      </div>
    </div>
  );
}
