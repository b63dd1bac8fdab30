import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { LogInDocument } from '../generated/graphql';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { DemoAccounts, DEMO_SLUG } from './demo-accounts';
import { SignInReasonBanner } from './sign-in-reason';

/** Why single sign-on sent the member back here (sso/oidc.controller.ts). */
const SSO_FAILURES = ['not-enabled', 'expired', 'provider', 'unverified', 'domain', 'suspended'] as const;

/** API field name -> input id. */
const FIELD_IDS = { email: 'email', password: 'password' };

export function SignInPage() {
  const { t } = useTranslation('auth');
  const { t: tAccount } = useTranslation('account');
  const { slug, signedIn, startSession, request } = useSession();
  const instance = useInstance();
  const [searchParams] = useSearchParams();
  const ssoFailure = SSO_FAILURES.find((reason) => reason === searchParams.get('sso'));
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, onSubmit } = useForm({
    fieldIds: FIELD_IDS,
    // A wrong e-mail address or password is the one UNAUTHENTICATED that signing in can meet.
    codes: { UNAUTHENTICATED: t('signIn.wrongCredentials') },
    validate: () =>
      emptyFieldErrors([
        { fieldId: FIELD_IDS.email, value: email, message: t('signIn.emailMissing') },
        { fieldId: FIELD_IDS.password, value: password, message: t('signIn.passwordMissing') },
      ]),
    onFailure: () => setPassword(''),
  });
  usePageTitle(t('signIn.title'), { error: errors.length > 0 });

  if (signedIn) return <Navigate to={`/${slug}`} replace />;

  const submit = onSubmit(async () => {
    const { logIn } = await request(LogInDocument, { input: { tenantSlug: slug, email: email.trim(), password } });
    await startSession(logIn.token);
    await navigate(`/${slug}`, { replace: true });
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length === 0 && <SignInReasonBanner state={location.state} />}
        <ErrorSummary errors={errors} />
        {ssoFailure && errors.length === 0 && (
          <div className="govuk-error-summary" role="alert">
            <p className="govuk-body govuk-!-margin-bottom-0">{tAccount(`sso.failed.${ssoFailure}`)}</p>
          </div>
        )}
        <h1 className="govuk-heading-l">{t('signIn.title')}</h1>
        {instance.ssoEnabled && (
          <>
            {/* A full page load: the server starts the sign-in with the identity provider. */}
            <a className="govuk-button" href={`/${slug}/auth/oidc`}>
              {tAccount('sso.offer')}
            </a>
            <p className="govuk-body">{tAccount('sso.or')}</p>
          </>
        )}
        <form onSubmit={submit} noValidate>
          <TextInput
            id={FIELD_IDS.email}
            label={t('emailLabel')}
            type="email"
            autoComplete="email"
            spellCheck={false}
            error={errorFor(errors, FIELD_IDS.email)}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextInput
            id={FIELD_IDS.password}
            label={t('signIn.passwordLabel')}
            type="password"
            autoComplete="current-password"
            error={errorFor(errors, FIELD_IDS.password)}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button>{t('signIn.submit')}</Button>
        </form>
        {slug === DEMO_SLUG && (
          <DemoAccounts
            onUse={(demoEmail, demoPassword) => {
              setEmail(demoEmail);
              setPassword(demoPassword);
            }}
          />
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/forgot-password`}>
            {tAccount('forgot.link')}
          </Link>
        </p>
        <p className="govuk-body">
          <Trans t={t} i18nKey="signIn.noAccount" components={{ signUpLink: <Link className="govuk-link" to={`/${slug}/sign-up`} /> }} />
        </p>
      </div>
    </div>
  );
}
