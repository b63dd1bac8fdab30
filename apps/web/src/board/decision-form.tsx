import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Radios } from '../components/govuk/radios';
import { Textarea } from '../components/govuk/textarea';
import { WarningText } from '../components/govuk/warning-text';
import { useErrorWording } from '../forms/error-wording';
import { usePageTitle } from '../page/page-title';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { DecideIdeaDocument, type Decision } from '../generated/graphql';

const FIELD_IDS = { decision: 'decision', rationale: 'rationale' };
const RATIONALE_MIN = 20;
const RATIONALE_MAX = 10000;

/** The board's decision on an idea: implement or reject, with the rationale everyone will read. */
export function DecisionForm({ ideaId, title, onDecided }: { ideaId: string; title: string; onDecided(): void }) {
  const { t } = useTranslation('board', { keyPrefix: 'decide' });
  const wording = useErrorWording();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [decide, { loading }] = useMutation(DecideIdeaDocument, { refetchQueries: ['BoardIdea'], awaitRefetchQueries: true });
  usePageTitle(title, { error: errors.length > 0 });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const trimmed = rationale.trim();
    const problems: FormErrors = [
      ...(decision === null ? [{ fieldId: FIELD_IDS.decision, message: t('decisionMissing') }] : []),
      ...(trimmed === ''
        ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleMissing') }]
        : trimmed.length < RATIONALE_MIN
          ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleTooShort') }]
          : trimmed.length > RATIONALE_MAX
            ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleTooLong') }]
            : []),
    ];
    setErrors(problems);
    if (problems.length > 0 || decision === null) return;
    try {
      await decide({ variables: { input: { ideaId, decision, rationale: trimmed } } });
      onDecided();
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELD_IDS, wording));
    }
  };

  return (
    <section aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        {t('heading')}
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Radios
          id={FIELD_IDS.decision}
          legend={t('legend')}
          legendSize="s"
          items={[
            { value: 'IMPLEMENT', text: t('IMPLEMENT'), hint: t('implementHint') },
            { value: 'REJECT', text: t('REJECT'), hint: t('rejectHint') },
          ]}
          value={decision}
          error={errorFor(errors, FIELD_IDS.decision)}
          onChange={(value) => setDecision(value === 'IMPLEMENT' ? 'IMPLEMENT' : 'REJECT')}
        />
        <Textarea
          id={FIELD_IDS.rationale}
          label={t('rationaleLabel')}
          hint={t('rationaleHint')}
          characterLimit={RATIONALE_MAX}
          error={errorFor(errors, FIELD_IDS.rationale)}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
        />
        <WarningText>{t('warning')}</WarningText>
        <Button disabled={loading}>{t('submit')}</Button>
      </form>
    </section>
  );
}
