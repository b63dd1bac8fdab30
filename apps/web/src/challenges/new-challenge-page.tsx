import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { Button } from '../components/govuk/button';
import { DateInput, datePartId, type DateParts } from '../components/govuk/date-input';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Textarea } from '../components/govuk/textarea';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { CreateChallengeDocument } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { readDay, ukDayBoundary } from './challenge-dates';

// The error summary links to the first box of a date.
const FIELD_IDS = {
  title: 'title',
  question: 'question',
  description: 'description',
  opensAt: datePartId('opens', 'day'),
  closesAt: datePartId('closes', 'day'),
};
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

interface ChallengeValues {
  title: string;
  question: string;
  description: string;
  opens: DateParts;
  closes: DateParts;
}

const INITIAL: ChallengeValues = { title: '', question: '', description: '', opens: EMPTY_DATE, closes: EMPTY_DATE };

/** The days typed, and the moments they open and close at once both are days. */
function datesOf({ opens, closes }: ChallengeValues) {
  const opensDay = readDay(opens);
  const closesDay = readDay(closes);
  return {
    opensDay,
    closesDay,
    opensAt: 'day' in opensDay ? ukDayBoundary(opensDay.day, 'start') : null,
    closesAt: 'day' in closesDay ? ukDayBoundary(closesDay.day, 'end') : null,
  };
}

/** /:slug/challenges/new: an admin asks a question for a while. */
export function NewChallengePage() {
  const { t } = useTranslation('challenges', { keyPrefix: 'create' });
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  const navigate = useNavigate();
  const form = useForm({ initial: INITIAL, fieldIds: FIELD_IDS, validate: (values) => problemsOf(values) });
  const { errors, busy } = form;
  const { title, question, description, opens, closes } = form.values;
  const [createChallenge] = useMutation(CreateChallengeDocument);
  usePageTitle(t('title'), { error: errors.length > 0 });

  function problemsOf(values: ChallengeValues) {
    const found: Array<{ fieldId: string; message: string }> = [];
    const trimmedTitle = values.title.trim();
    const trimmedQuestion = values.question.trim();
    if (!trimmedTitle) found.push({ fieldId: FIELD_IDS.title, message: t('titleMissing') });
    else if (trimmedTitle.length < 5 || trimmedTitle.length > 140) found.push({ fieldId: FIELD_IDS.title, message: t('titleLength') });
    if (!trimmedQuestion) found.push({ fieldId: FIELD_IDS.question, message: t('questionMissing') });
    else if (trimmedQuestion.length < 5 || trimmedQuestion.length > 500)
      found.push({ fieldId: FIELD_IDS.question, message: t('questionLength') });
    const { opensDay, closesDay, opensAt, closesAt } = datesOf(values);
    if ('problem' in opensDay)
      found.push({ fieldId: FIELD_IDS.opensAt, message: t(opensDay.problem === 'missing' ? 'opensMissing' : 'opensInvalid') });
    if ('problem' in closesDay)
      found.push({ fieldId: FIELD_IDS.closesAt, message: t(closesDay.problem === 'missing' ? 'closesMissing' : 'closesInvalid') });
    if (opensAt && closesAt && closesAt <= opensAt) found.push({ fieldId: FIELD_IDS.closesAt, message: t('closesBeforeOpens') });
    return found;
  }

  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const create = async (values: ChallengeValues) => {
    const { opensAt, closesAt } = datesOf(values);
    // problemsOf() has refused dates that are not days.
    if (!opensAt || !closesAt) return;
    const { data } = await createChallenge({
      variables: {
        input: {
          title: values.title.trim(),
          question: values.question.trim(),
          description: values.description.trim() || null,
          opensAt: opensAt.toISOString(),
          closesAt: closesAt.toISOString(),
        },
      },
    });
    if (!data) throw new Error('createChallenge returned no data');
    await navigate(`/${slug}/challenges/${data.createChallenge.id}`);
  };

  return (
    <PageState data={member} refused={<Navigate to={`/${slug}/challenges`} replace />} isRefused={(loaded) => loaded.role !== 'ADMIN'}>
      {() => (
        <>
          <BackLink to={`/${slug}/challenges`} />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors} />
              <h1 className="govuk-heading-l">{t('title')}</h1>
              <p className="govuk-body">{t('intro')}</p>
              <form onSubmit={form.onSubmit(create)} noValidate>
                <TextInput
                  id={FIELD_IDS.title}
                  label={t('titleLabel')}
                  hint={t('titleHint')}
                  error={errorFor(errors, FIELD_IDS.title)}
                  value={title}
                  onChange={(event) => form.setValue('title', event.target.value)}
                />
                <Textarea
                  id={FIELD_IDS.question}
                  label={t('questionLabel')}
                  hint={t('questionHint')}
                  error={errorFor(errors, FIELD_IDS.question)}
                  value={question}
                  rows={3}
                  characterLimit={500}
                  onChange={(event) => form.setValue('question', event.target.value)}
                />
                <Textarea
                  id={FIELD_IDS.description}
                  label={t('descriptionLabel')}
                  hint={t('descriptionHint')}
                  error={errorFor(errors, FIELD_IDS.description)}
                  value={description}
                  rows={6}
                  onChange={(event) => form.setValue('description', event.target.value)}
                />
                <DateInput
                  id="opens"
                  legend={t('opensLegend')}
                  legendSize="s"
                  hint={t('opensHint')}
                  error={errorFor(errors, FIELD_IDS.opensAt)}
                  value={opens}
                  onChange={(parts) => form.setValue('opens', parts)}
                />
                <DateInput
                  id="closes"
                  legend={t('closesLegend')}
                  legendSize="s"
                  hint={t('closesHint')}
                  error={errorFor(errors, FIELD_IDS.closesAt)}
                  value={closes}
                  onChange={(parts) => form.setValue('closes', parts)}
                />
                <Button aria-disabled={busy}>{t('submit')}</Button>
              </form>
            </div>
          </div>
        </>
      )}
    </PageState>
  );
}
