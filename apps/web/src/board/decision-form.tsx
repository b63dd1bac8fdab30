import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Radios } from '../components/govuk/radios';
import { Textarea } from '../components/govuk/textarea';
import { WarningText } from '../components/govuk/warning-text';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { usePageTitle } from '../page/page-title';
import { DecideIdeaDocument, type Decision } from '../generated/graphql';

const FIELD_IDS = { decision: 'decision', rationale: 'rationale' };
const RATIONALE_MIN = 20;
const RATIONALE_MAX = 10000;

/** The board's decision on an idea: implement or reject, with the rationale everyone will read. */
export function DecisionForm({ ideaId, title, onDecided }: { ideaId: string; title: string; onDecided(): void }) {
  const { t } = useTranslation('board', { keyPrefix: 'decide' });
  const [decide] = useMutation(DecideIdeaDocument, { refetchQueries: ['BoardIdea'], awaitRefetchQueries: true });
  const form = useForm<{ decision: Decision | null; rationale: string }>({
    initial: { decision: null, rationale: '' },
    fieldIds: FIELD_IDS,
    validate: ({ decision, rationale }) => {
      const trimmed = rationale.trim();
      return [
        ...(decision === null ? [{ fieldId: FIELD_IDS.decision, message: t('decisionMissing') }] : []),
        ...(trimmed === ''
          ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleMissing') }]
          : trimmed.length < RATIONALE_MIN
            ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleTooShort') }]
            : trimmed.length > RATIONALE_MAX
              ? [{ fieldId: FIELD_IDS.rationale, message: t('rationaleTooLong') }]
              : []),
      ];
    },
  });
  const { values, errors, setValue } = form;
  usePageTitle(title, { error: errors.length > 0 });

  const submit = form.onSubmit(async ({ decision, rationale }) => {
    // validate() refuses a missing decision, so one has been chosen here.
    await decide({ variables: { input: { ideaId, decision: decision as Decision, rationale: rationale.trim() } } });
    onDecided();
  });

  return (
    <section aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        {t('heading')}
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <Radios
          id={FIELD_IDS.decision}
          legend={t('legend')}
          legendSize="s"
          items={[
            { value: 'IMPLEMENT', text: t('IMPLEMENT'), hint: t('implementHint') },
            { value: 'REJECT', text: t('REJECT'), hint: t('rejectHint') },
          ]}
          value={values.decision}
          error={errorFor(errors, FIELD_IDS.decision)}
          onChange={(value) => setValue('decision', value === 'IMPLEMENT' ? 'IMPLEMENT' : 'REJECT')}
        />
        <Textarea
          id={FIELD_IDS.rationale}
          label={t('rationaleLabel')}
          hint={t('rationaleHint')}
          characterLimit={RATIONALE_MAX}
          error={errorFor(errors, FIELD_IDS.rationale)}
          value={values.rationale}
          onChange={(event) => setValue('rationale', event.target.value)}
        />
        <WarningText>{t('warning')}</WarningText>
        <Button disabled={form.busy}>{t('submit')}</Button>
      </form>
    </section>
  );
}
