import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Radios } from '../components/govuk/radios';
import { Textarea } from '../components/govuk/textarea';
import { useErrorWording } from '../forms/error-wording';
import { usePageTitle } from '../page/page-title';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { ReviewIdeaDocument, type BoardReviewFactsFragment } from '../generated/graphql';
import { SCORES } from './reviews-table';

type Score = (typeof SCORES)[number];

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
  const wording = useErrorWording();
  const [scores, setScores] = useState<Record<Score, string | null>>({
    strategicFit: mine ? String(mine.strategicFit) : null,
    valueForMoney: mine ? String(mine.valueForMoney) : null,
    feasibility: mine ? String(mine.feasibility) : null,
    risk: mine ? String(mine.risk) : null,
  });
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [review, { loading }] = useMutation(ReviewIdeaDocument, { refetchQueries: ['BoardIdea'], awaitRefetchQueries: true });
  usePageTitle(title, { error: errors.length > 0 });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems: FormErrors = [
      ...SCORES.filter((score) => scores[score] === null).map((score) => ({
        fieldId: FIELD_IDS[score],
        message: t('scorecard.scoreMissing', { name: t(`scorecard.names.${score}`) }),
      })),
      ...(comment.trim() === '' ? [{ fieldId: FIELD_IDS.comment, message: t('scorecard.commentMissing') }] : []),
      ...(comment.length > COMMENT_LIMIT ? [{ fieldId: FIELD_IDS.comment, message: t('scorecard.commentTooLong') }] : []),
    ];
    setSaved(false);
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      await review({
        variables: {
          input: {
            ideaId,
            strategicFit: Number(scores.strategicFit),
            valueForMoney: Number(scores.valueForMoney),
            feasibility: Number(scores.feasibility),
            risk: Number(scores.risk),
            comment,
          },
        },
      });
      setSaved(true);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELD_IDS, wording));
    }
  };

  return (
    <section aria-labelledby="scorecard-heading">
      <h2 className="govuk-heading-m" id="scorecard-heading">
        {t('scorecard.heading')}
      </h2>
      <ErrorSummary errors={errors} />
      {saved && errors.length === 0 && <NotificationBanner success heading={t('scorecard.saved')} />}
      <p className="govuk-body">{t('scorecard.editable')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
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
            value={scores[score]}
            error={errorFor(errors, FIELD_IDS[score])}
            onChange={(value) => setScores({ ...scores, [score]: value })}
          />
        ))}
        <Textarea
          id={FIELD_IDS.comment}
          label={t('scorecard.commentLabel')}
          hint={t('scorecard.commentHint')}
          characterLimit={COMMENT_LIMIT}
          error={errorFor(errors, FIELD_IDS.comment)}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <Button disabled={loading}>{t('scorecard.submit')}</Button>
      </form>
    </section>
  );
}
