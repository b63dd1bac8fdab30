import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Select, type SelectOption } from '../components/govuk/select';
import { Textarea } from '../components/govuk/textarea';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import type { ErrorsShown } from '../forms/form-messages';
import { useForm } from '../forms/use-form';
import { usePageTitle } from '../page/page-title';
import {
  DESCRIPTION_MAX,
  IDEA_FIELD_IDS,
  ideaFormErrors,
  TAG_MAX,
  TAGS_MAX,
  TITLE_MAX,
  TITLE_MIN,
  type IdeaFormValues,
} from './idea-form-values';

interface IdeaFormProps {
  title: string;
  initial: IdeaFormValues;
  /** The open challenges the idea may answer; absent when the challenge cannot be chosen (editing). */
  challengeOptions?: readonly SelectOption[];
  submitText: string;
  /** Sends the values; a rejection is shown in the error summary. */
  onSubmit(values: IdeaFormValues): Promise<void>;
  /** Above the heading (a back link). */
  before?: ReactNode;
  /** Between the heading and the fields. */
  intro?: ReactNode;
  /** Under the title field, from what is typed so far (similar ideas), with the form's error summary to share. */
  afterTitle?(values: IdeaFormValues, errorsShown: ErrorsShown): ReactNode;
}

/** The fields of an idea, checked as GOV.UK forms are: an error summary and the same words beside each field. */
export function IdeaForm({ title, initial, challengeOptions, submitText, onSubmit, before, intro, afterTitle }: IdeaFormProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'form' });
  const form = useForm({
    initial,
    fieldIds: IDEA_FIELD_IDS,
    validate: (typed) =>
      ideaFormErrors(typed, {
        titleMissing: t('titleMissing'),
        titleLength: t('titleLength', { min: TITLE_MIN, max: TITLE_MAX }),
        descriptionMissing: t('descriptionMissing'),
        descriptionTooLong: t('descriptionTooLong', { max: DESCRIPTION_MAX.toLocaleString('en-GB') }),
        tooManyTags: t('tooManyTags', { max: TAGS_MAX }),
        tagTooLong: t('tagTooLong', { max: TAG_MAX }),
      }),
  });
  const { values, setValues, errors } = form;
  usePageTitle(title, { error: errors.length > 0 });

  return (
    <>
      {before}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{title}</h1>
          {intro}
          <form onSubmit={form.onSubmit(onSubmit)} noValidate>
            <TextInput
              id={IDEA_FIELD_IDS.title}
              label={t('titleLabel')}
              hint={t('titleHint', { min: TITLE_MIN, max: TITLE_MAX })}
              error={errorFor(errors, IDEA_FIELD_IDS.title)}
              value={values.title}
              onChange={(event) => setValues({ ...values, title: event.target.value })}
              spellCheck
            />
            {afterTitle?.(values, form)}
            <Textarea
              id={IDEA_FIELD_IDS.description}
              label={t('descriptionLabel')}
              hint={t('descriptionHint')}
              error={errorFor(errors, IDEA_FIELD_IDS.description)}
              value={values.description}
              rows={12}
              characterLimit={DESCRIPTION_MAX}
              onChange={(event) => setValues({ ...values, description: event.target.value })}
              spellCheck
            />
            <TextInput
              id={IDEA_FIELD_IDS.tags}
              label={t('tagsLabel')}
              hint={t('tagsHint', { max: TAGS_MAX })}
              error={errorFor(errors, IDEA_FIELD_IDS.tags)}
              value={values.tags}
              onChange={(event) => setValues({ ...values, tags: event.target.value })}
            />
            {challengeOptions && challengeOptions.length > 0 && (
              <Select
                id={IDEA_FIELD_IDS.challengeId}
                label={t('challengeLabel')}
                hint={t('challengeHint')}
                error={errorFor(errors, IDEA_FIELD_IDS.challengeId)}
                value={values.challengeId}
                onChange={(event) => setValues({ ...values, challengeId: event.target.value })}
                options={[{ value: '', text: t('noChallenge') }, ...challengeOptions]}
              />
            )}
            <Button aria-disabled={form.busy}>{submitText}</Button>
          </form>
        </div>
      </div>
    </>
  );
}
