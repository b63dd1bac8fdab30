import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Radios } from '../components/govuk/radios';
import { Textarea } from '../components/govuk/textarea';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { usePageTitle } from '../page/page-title';
import { ReviewIdeaDocument, type BoardReviewFactsFragment } from '../generated/graphql';
import { SCORES } from './reviews-table';

type Score = (typeof SCORES)[number];
type ScorecardValues = Record<Score, string | null> & { comment: string };

const FIELD_IDS = {
  strategicFit: 'strategic-fit',
  valueForMoney: 'value-for-money',
  feasibility: 'feasibility',
  risk: 'risk',
  comment: 'comment',
};
const COMMENT_LIMIT = 5000;
const SCORE_ITEMS = ['1', '2', '3', '4', '5'].map((value) => ({ value, text: value }));

/** A board member's scorecard for one idea: four scores from 1 to 5 and a comment, changeable until the decision. */
export function ScorecardForm({ ideaId, title, mine }: { ideaId: string; title: string; mine: BoardReviewFactsFragment | undefined }) {
  const { t } = useTranslation('board');
  const [saved, setSaved] = useState(false);
  const [review] = useMutation(ReviewIdeaDocument, { refetchQueries: ['BoardIdea'], awaitRefetchQueries: true });
  const form = useForm<ScorecardValues>({
    initial: {
      strategicFit: mine ? String(mine.strategicFit) : null,
      valueForMoney: mine ? String(mine.valueForMoney) : null,
      feasibility: mine ? String(mine.feasibility) : null,
      risk: mine ? String(mine.risk) : null,
      comment: mine?.comment ?? '',
    },
    fieldIds: FIELD_IDS,
    validate: (scores) => [
      ...SCORES.filter((score) => scores[score] === null).map((score) => ({
        fieldId: FIELD_IDS[score],
        message: t('scorecard.scoreMissing', { name: t(`scorecard.names.${score}`) }),
      })),
      ...(scores.comment.trim() === '' ? [{ fieldId: FIELD_IDS.comment, message: t('scorecard.commentMissing') }] : []),
      ...(scores.comment.length > COMMENT_LIMIT ? [{ fieldId: FIELD_IDS.comment, message: t('scorecard.commentTooLong') }] : []),
    ],
  });
  const { values, errors, setValue } = form;
  usePageTitle(title, { error: errors.length > 0 });

  const submit = async () => {
    // A second save is announced again, as the banner comes back.
    setSaved(false);
    await form.submit(async (scores) => {
      await review({
        variables: {
          input: {
            ideaId,
            strategicFit: Number(scores.strategicFit),
            valueForMoney: Number(scores.valueForMoney),
            feasibility: Number(scores.feasibility),
            risk: Number(scores.risk),
            comment: scores.comment,
          },
        },
      });
      setSaved(true);
    });
  };

  return (
    <section aria-labelledby="scorecard-heading">
      <h2 className="govuk-heading-m" id="scorecard-heading">
        {t('scorecard.heading')}
      </h2>
      <ErrorSummary errors={errors} />
      {saved && errors.length === 0 && <NotificationBanner success heading={t('scorecard.saved')} />}
      <p className="govuk-body">{t('scorecard.editable')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        {SCORES.map((score) => (
          <Radios
            key={score}
            id={FIELD_IDS[score]}
            legend={t(`scores.${score}`)}
            legendSize="s"
            hint={score === 'risk' ? t('scorecard.riskHint') : t('scorecard.scoreHint')}
            inline
            small
            items={SCORE_ITEMS}
            value={values[score]}
            error={errorFor(errors, FIELD_IDS[score])}
            onChange={(value) => setValue(score, value)}
          />
        ))}
        <Textarea
          id={FIELD_IDS.comment}
          label={t('scorecard.commentLabel')}
          hint={t('scorecard.commentHint')}
          characterLimit={COMMENT_LIMIT}
          error={errorFor(errors, FIELD_IDS.comment)}
          value={values.comment}
          onChange={(event) => setValue('comment', event.target.value)}
        />
        <Button disabled={form.busy}>{t('scorecard.submit')}</Button>
      </form>
    </section>
  );
}
