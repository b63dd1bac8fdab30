import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor, type FormErrors } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { SignUpDocument } from '../generated/graphql';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { useLanguage } from '../i18n/language';

/** API field name -> input id, in the order the fields appear. */
const FIELD_IDS = { displayName: 'display-name', email: 'email', password: 'password', inviteCode: 'invite-code' };
const MIN_PASSWORD_LENGTH = 10;

interface SignUpFields {
  displayName: string;
  email: string;
  password: string;
  inviteCode: string;
}

interface SignUpMessages {
  displayNameMissing: string;
  emailMissing: string;
  passwordMissing: string;
  passwordTooShort: string;
}

/** The checks that need no server; the API repeats them and adds its own. */
function checkFields(fields: SignUpFields, messages: SignUpMessages): FormErrors {
  const missing = emptyFieldErrors([
    { fieldId: FIELD_IDS.displayName, value: fields.displayName, message: messages.displayNameMissing },
    { fieldId: FIELD_IDS.email, value: fields.email, message: messages.emailMissing },
    { fieldId: FIELD_IDS.password, value: fields.password, message: messages.passwordMissing },
  ]);
  if (fields.password.trim() !== '' && fields.password.length < MIN_PASSWORD_LENGTH) {
    return [...missing, { fieldId: FIELD_IDS.password, message: messages.passwordTooShort }];
  }
  return missing;
}

export function SignUpPage() {
  const { t } = useTranslation('auth', { keyPrefix: 'signUp' });
  const { t: tAuth } = useTranslation('auth');
  const instance = useInstance();
  const { slug, signedIn, startSession, request } = useSession();
  const language = useLanguage();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const form = useForm<SignUpFields>({
    initial: { displayName: '', email: '', password: '', inviteCode: searchParams.get('invite') ?? '' },
    fieldIds: FIELD_IDS,
    validate: (values) =>
      checkFields(values, {
        displayNameMissing: t('displayNameMissing'),
        emailMissing: t('emailMissing'),
        passwordMissing: t('passwordMissing'),
        passwordTooShort: t('passwordTooShort', { minimum: MIN_PASSWORD_LENGTH }),
      }),
  });
  const { values: fields, errors } = form;
  usePageTitle(t('title'), { error: errors.length > 0 });

  if (signedIn) return <Navigate to={`/${slug}`} replace />;

  const field = (name: keyof SignUpFields) => ({
    value: fields[name],
    error: errorFor(errors, FIELD_IDS[name]),
    onChange: (event: { target: { value: string } }) => form.setValue(name, event.target.value),
  });

  const submit = form.onSubmit(async () => {
    const inviteCode = fields.inviteCode.trim();
    const { signUp } = await request(SignUpDocument, {
      input: {
        tenantSlug: slug,
        displayName: fields.displayName.trim(),
        email: fields.email.trim(),
        password: fields.password,
        language,
        ...(inviteCode ? { inviteCode } : {}),
      },
    });
    await startSession(signUp.token);
    await navigate(`/${slug}`, { replace: true });
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {instance.restrictedSignUp && <p className="govuk-body">{t('restricted', { instance: instance.name })}</p>}
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELD_IDS.displayName}
            label={t('displayNameLabel')}
            hint={t('displayNameHint')}
            autoComplete="name"
            spellCheck={false}
            {...field('displayName')}
          />
          <TextInput
            id={FIELD_IDS.email}
            label={tAuth('emailLabel')}
            type="email"
            autoComplete="email"
            spellCheck={false}
            {...field('email')}
          />
          <TextInput
            id={FIELD_IDS.password}
            label={t('passwordLabel')}
            hint={t('passwordHint', { minimum: MIN_PASSWORD_LENGTH })}
            type="password"
            autoComplete="new-password"
            {...field('password')}
          />
          <TextInput
            id={FIELD_IDS.inviteCode}
            label={t('inviteCodeLabel')}
            hint={t('inviteCodeHint')}
            widthClass="govuk-input--width-20"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            {...field('inviteCode')}
          />
          <Button>{t('submit')}</Button>
        </form>
        <p className="govuk-body">
          <Trans t={t} i18nKey="haveAccount" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      </div>
    </div>
  );
}
