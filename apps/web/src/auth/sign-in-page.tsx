import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { emptyFieldErrors, errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { LogInDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { SignInReasonBanner } from './sign-in-reason';

/** API field name -> input id. */
const FIELD_IDS = { email: 'email', password: 'password' };

export function SignInPage() {
  const { slug, signedIn, startSession } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [logIn, { loading }] = useMutation(LogInDocument);
  usePageTitle('Sign in', { error: errors.length > 0 });

  if (signedIn) return <Navigate to={`/${slug}`} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const missing = emptyFieldErrors([
      { fieldId: FIELD_IDS.email, value: email, message: 'Enter your e-mail address.' },
      { fieldId: FIELD_IDS.password, value: password, message: 'Enter your password.' },
    ]);
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    try {
      const { data } = await logIn({ variables: { input: { tenantSlug: slug, email: email.trim(), password } } });
      if (!data) throw new Error('logIn returned no data');
      await startSession(data.logIn.token);
      await navigate(`/${slug}`, { replace: true });
    } catch (error) {
      setPassword('');
      setErrors(formErrorsFrom(error, FIELD_IDS));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length === 0 && <SignInReasonBanner state={location.state} />}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput
            id={FIELD_IDS.email}
            label="E-mail address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            error={errorFor(errors, FIELD_IDS.email)}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextInput
            id={FIELD_IDS.password}
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errorFor(errors, FIELD_IDS.password)}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button>Sign in</Button>
        </form>
        <p className="govuk-body">
          No account yet?{' '}
          <Link className="govuk-link" to={`/${slug}/sign-up`}>
            Create an account
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
