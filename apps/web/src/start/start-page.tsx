import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { errorFor, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { usePageTitle } from '../page/page-title';

const SLUG_FIELD = 'instance-slug';
const SHORT_NAME = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

function shortNameProblem(shortName: string): string | undefined {
  if (shortName === '') return 'Enter the short name of your instance.';
  if (!SHORT_NAME.test(shortName)) return 'Enter a short name of letters, digits and hyphens, like demo.';
  return undefined;
}

/** What Idea Exchange is, and the way into an instance. */
export function StartPage() {
  const navigate = useNavigate();
  const [shortName, setShortName] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  usePageTitle(null, { error: errors.length > 0 });

  const goToInstance = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const slug = shortName.trim().toLowerCase();
    const problem = shortNameProblem(slug);
    if (problem) {
      setErrors([{ fieldId: SLUG_FIELD, message: problem }]);
      return;
    }
    void navigate(`/${slug}`);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-xl">Idea Exchange</h1>
        <p className="govuk-body-l">
          Idea Exchange is where colleagues in a public body share ideas for doing things better, and decide together
          which ones deserve time and money.
        </p>
        <p className="govuk-body">You can:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>post an idea and gather support and comments from colleagues</li>
          <li>join a team that writes the business case for a popular idea</li>
          <li>back the ideas you believe in with your instance’s own play currency</li>
        </ul>
        <p className="govuk-body">Each organisation has its own instance, with its own members and currency.</p>

        <form onSubmit={goToInstance} noValidate>
          <h2 className="govuk-heading-m">Go to your instance</h2>
          <TextInput
            id={SLUG_FIELD}
            label="Short name of your instance"
            hint="It is the part of the web address after the first slash, for example demo."
            error={errorFor(errors, SLUG_FIELD)}
            widthClass="govuk-input--width-20"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            value={shortName}
            onChange={(event) => setShortName(event.target.value)}
          />
          <Button>Continue</Button>
        </form>

        <h2 className="govuk-heading-m">Just looking?</h2>
        <p className="govuk-body">
          Try the{' '}
          <Link className="govuk-link" to="/demo">
            demo instance
          </Link>
          , which has sample ideas and members.
        </p>
      </div>
    </div>
  );
}
