import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { usePageTitle } from '../page/page-title';

const SLUG_FIELD = 'instance-slug';
const SHORT_NAME = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
const slugOf = (shortName: string) => shortName.trim().toLowerCase();

/** What Idea Exchange is, and the way into an instance. */
export function StartPage() {
  const { t } = useTranslation('start');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    initial: { shortName: '' },
    validate: ({ shortName }) => {
      const problem = shortNameProblem(slugOf(shortName));
      return problem ? [{ fieldId: SLUG_FIELD, message: problem }] : [];
    },
  });
  const { errors } = form;
  usePageTitle(null, { error: errors.length > 0 });

  const shortNameProblem = (slug: string): string | undefined => {
    if (slug === '') return t('goToInstance.shortNameMissing');
    if (!SHORT_NAME.test(slug)) return t('goToInstance.shortNameInvalid');
    return undefined;
  };

  const goToInstance = form.onSubmit(async ({ shortName }) => navigate(`/${slugOf(shortName)}`));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-xl">{tCommon('productName')}</h1>
        <p className="govuk-body-l">{t('intro')}</p>
        <p className="govuk-body">{t('youCan')}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('postAnIdea')}</li>
          <li>{t('joinATeam')}</li>
          <li>{t('backIdeas')}</li>
        </ul>
        <p className="govuk-body">{t('ownInstance')}</p>

        <form onSubmit={goToInstance} noValidate>
          <h2 className="govuk-heading-m">{t('goToInstance.heading')}</h2>
          <TextInput
            id={SLUG_FIELD}
            label={t('goToInstance.shortNameLabel')}
            hint={t('goToInstance.shortNameHint')}
            error={errorFor(errors, SLUG_FIELD)}
            widthClass="govuk-input--width-20"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            value={form.values.shortName}
            onChange={(event) => form.setValue('shortName', event.target.value)}
          />
          <Button>{t('goToInstance.continue')}</Button>
        </form>

        <h2 className="govuk-heading-m">{t('demo.heading')}</h2>
        <p className="govuk-body">
          <Trans t={t} i18nKey="demo.invitation" components={{ demoLink: <Link className="govuk-link" to="/demo" /> }} />
        </p>
      </div>
    </div>
  );
}
