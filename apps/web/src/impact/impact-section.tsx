import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Table } from '../components/govuk/table';
import { Textarea } from '../components/govuk/textarea';
import { TextInput } from '../components/govuk/text-input';
import { errorFor, type FormErrors } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { IdeaImpactDocument, RecordImpactDocument, type IdeaImpactQuery, type IdeaStage } from '../generated/graphql';
import { formatPounds } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { savingFrom, totalOf } from './impact-amounts';

const FIELD_IDS = { realisedSaving: 'realised-saving', note: 'impact-note' };
const NOTE_LIMIT = 5000;

type ImpactIdea = NonNullable<IdeaImpactQuery['idea']>;

function RecordImpactForm({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('impact', { keyPrefix: 'record' });
  const [recorded, setRecorded] = useState(false);
  const form = useForm({
    initial: { saving: '', note: '' },
    fieldIds: FIELD_IDS,
    validate: ({ saving, note }): FormErrors => {
      const amount = savingFrom(saving);
      return [
        ...('problem' in amount ? [{ fieldId: FIELD_IDS.realisedSaving, message: t(amount.problem) }] : []),
        ...(note.trim() === '' ? [{ fieldId: FIELD_IDS.note, message: t('noteMissing') }] : []),
        ...(note.length > NOTE_LIMIT ? [{ fieldId: FIELD_IDS.note, message: t('noteTooLong') }] : []),
      ];
    },
  });
  const { errors } = form;
  const { saving, note } = form.values;
  const [record] = useMutation(RecordImpactDocument, { refetchQueries: ['IdeaImpact'], awaitRefetchQueries: true });

  const recordImpact = form.onSubmit(async () => {
    const amount = savingFrom(saving);
    // validate() has refused an amount with a problem.
    if ('problem' in amount) return;
    await record({ variables: { input: { ideaId, realisedSaving: amount.amount, note: note.trim() } } });
    form.setValues({ saving: '', note: '' });
    setRecorded(true);
  });
  const submit = (event: { preventDefault(): void }) => {
    setRecorded(false);
    recordImpact(event);
  };

  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      <ErrorSummary errors={errors} />
      {recorded && errors.length === 0 && <NotificationBanner success heading={t('recorded')} />}
      <form onSubmit={submit} noValidate>
        <TextInput
          id={FIELD_IDS.realisedSaving}
          label={t('savingLabel')}
          hint={t('savingHint')}
          widthClass="govuk-input--width-10"
          inputMode="decimal"
          spellCheck={false}
          error={errorFor(errors, FIELD_IDS.realisedSaving)}
          value={saving}
          onChange={(event) => form.setValue('saving', event.target.value)}
        />
        <Textarea
          id={FIELD_IDS.note}
          label={t('noteLabel')}
          hint={t('noteHint')}
          characterLimit={NOTE_LIMIT}
          error={errorFor(errors, FIELD_IDS.note)}
          value={note}
          onChange={(event) => form.setValue('note', event.target.value)}
        />
        <Button disabled={form.busy}>{t('submit')}</Button>
      </form>
    </>
  );
}

/** The idea page's impact section on an implemented idea: records over time, and the form for the team and admins. */
export function ImpactSection({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation('impact', { keyPrefix: 'section' });
  const { slug } = useSession();
  const me = useCurrentMember();
  const format = useFormat();
  const implemented = stage === 'IMPLEMENTED';
  const { data, error } = useQuery(IdeaImpactDocument, { variables: { ideaId }, skip: !implemented, fetchPolicy: 'cache-and-network' });
  if (!implemented) return null;
  const money = formatPounds;
  const mayRecord = (idea: ImpactIdea) => me !== undefined && (me.role === 'ADMIN' || idea.team.some((member) => member.id === me.id));

  return (
    <section className="govuk-!-margin-top-8" aria-labelledby="impact-heading">
      <h2 className="govuk-heading-m" id="impact-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro')}</p>
      <PageState data={data?.idea ?? undefined} error={error}>
        {(idea) => (
          <>
            {idea.impact.length === 0 ? (
              <p className="govuk-body">{t('none')}</p>
            ) : (
              <>
                <Table
                  caption={t('caption')}
                  captionSize="s"
                  columns={[
                    { header: t('recordedOn') },
                    { header: t('saving'), numeric: true },
                    { header: t('note') },
                    { header: t('recordedBy') },
                  ]}
                  rows={idea.impact.map((record) => ({
                    key: record.id,
                    cells: [
                      format.date(record.recordedAt),
                      money(record.realisedSaving),
                      <span style={{ whiteSpace: 'pre-line' }}>{record.note}</span>,
                      <Link className="govuk-link" to={`/${slug}/people/${record.recordedBy.id}`}>
                        {record.recordedBy.displayName}
                      </Link>,
                    ],
                  }))}
                />
                <p className="govuk-body govuk-!-font-weight-bold">
                  {t('total', { total: money(totalOf(idea.impact.map((record) => record.realisedSaving))) })}
                </p>
              </>
            )}
            {mayRecord(idea) && <RecordImpactForm ideaId={ideaId} />}
          </>
        )}
      </PageState>
    </section>
  );
}
