import { useMutation, useQuery } from '@apollo/client/react';
import { MIN_SECTION_LENGTH } from '@idea-exchange/stage-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Textarea } from '../components/govuk/textarea';
import { TextInput } from '../components/govuk/text-input';
import { errorFor, type FormErrors } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { BusinessCaseEditorDocument, SaveBusinessCaseDocument, type BusinessCaseEditorQuery } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import {
  AMOUNT_SECTIONS,
  completedSections,
  isAmountSection,
  parseAmountInput,
  SECTION_CHARACTER_LIMIT,
  SECTION_ORDER,
  TEXT_SECTIONS,
  valuesOf,
  type BusinessCaseValues,
  type Section,
} from './business-case-form';

/** API field name -> input id: the same words, in kebab-case. */
const FIELD_IDS: Record<Section, string> = {
  problem: 'problem',
  proposal: 'proposal',
  benefits: 'benefits',
  estimatedAnnualSaving: 'estimated-annual-saving',
  oneOffCost: 'one-off-cost',
  runningCost: 'running-cost',
  risks: 'risks',
  measuresOfSuccess: 'measures-of-success',
};

type EditorIdea = NonNullable<BusinessCaseEditorQuery['idea']>;

function BusinessCaseForm({ idea }: { idea: EditorIdea }) {
  const { t } = useTranslation('teams', { keyPrefix: 'editor' });
  const { slug } = useSession();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [save] = useMutation(SaveBusinessCaseDocument, { refetchQueries: ['IdeaTeam', 'BusinessCaseVersions'] });
  const form = useForm<BusinessCaseValues>({ initial: valuesOf(idea.businessCase), fieldIds: FIELD_IDS, validate: () => check() });
  const { values, setValues, errors } = form;
  usePageTitle(t('title'), { error: errors.length > 0 });

  const done = completedSections(values);
  const label = (section: Section) => t(`fields.${section}.label`);

  const check = (): FormErrors =>
    SECTION_ORDER.flatMap((section) => {
      const values_ = { label: label(section), name: t(`fields.${section}.name`) };
      if (!isAmountSection(section)) {
        return values[section].length > SECTION_CHARACTER_LIMIT
          ? [{ fieldId: FIELD_IDS[section], message: t('errors.tooLong', values_) }]
          : [];
      }
      const parsed = parseAmountInput(values[section]);
      return 'problem' in parsed ? [{ fieldId: FIELD_IDS[section], message: t(`errors.${parsed.problem}`, values_) }] : [];
    });

  const saveCase = form.onSubmit(async () => {
    const amounts = Object.fromEntries(
      AMOUNT_SECTIONS.map((section) => {
        const parsed = parseAmountInput(values[section]);
        return [section, 'amount' in parsed ? parsed.amount : '0.00'];
      }),
    ) as Record<(typeof AMOUNT_SECTIONS)[number], string>;
    const texts = Object.fromEntries(TEXT_SECTIONS.map((section) => [section, values[section]])) as Record<
      (typeof TEXT_SECTIONS)[number],
      string
    >;
    const { data } = await save({ variables: { ideaId: idea.id, input: { ...texts, ...amounts } } });
    const saved = data?.saveBusinessCase.businessCase;
    if (!saved) throw new Error('saveBusinessCase returned no business case');
    setValues(valuesOf(saved));
    setSavedVersion(saved.version);
    window.scrollTo(0, 0);
  });
  const submit = (event: { preventDefault(): void }) => {
    setSavedVersion(null);
    saveCase(event);
  };

  const field = (section: Section) =>
    isAmountSection(section) ? (
      <TextInput
        key={section}
        id={FIELD_IDS[section]}
        label={label(section)}
        hint={`${t(`fields.${section}.hint`)} ${t('amountHint')}`}
        widthClass="govuk-input--width-10"
        inputMode="decimal"
        spellCheck={false}
        error={errorFor(errors, FIELD_IDS[section])}
        value={values[section]}
        onChange={(event) => setValues({ ...values, [section]: event.target.value })}
      />
    ) : (
      <Textarea
        key={section}
        id={FIELD_IDS[section]}
        label={label(section)}
        hint={t(`fields.${section}.hint`)}
        characterLimit={SECTION_CHARACTER_LIMIT}
        error={errorFor(errors, FIELD_IDS[section])}
        value={values[section]}
        onChange={(event) => setValues({ ...values, [section]: event.target.value })}
      />
    );

  return (
    <>
      <ErrorSummary errors={errors} />
      {savedVersion !== null && errors.length === 0 && <NotificationBanner success heading={t('saved', { version: savedVersion })} />}
      <span className="govuk-caption-l">
        {t('caption')} {idea.title}
      </span>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('intro')}</p>
      <p className="govuk-body govuk-!-font-weight-bold" id="business-case-progress">
        {t('progress', { done, total: SECTION_ORDER.length })}
      </p>
      <p className="govuk-hint">{t('progressHint', { minimum: MIN_SECTION_LENGTH })}</p>
      <form onSubmit={submit} noValidate>
        {SECTION_ORDER.map(field)}
        <div className="govuk-button-group">
          <Button disabled={form.busy}>{t('save')}</Button>
          <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
            {t('backToIdea')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /:slug/ideas/:ideaId/business-case: the team writes and revises the case for the board. */
export function BusinessCasePage() {
  const { t } = useTranslation('teams', { keyPrefix: 'editor' });
  const { ideaId = '' } = useParams();
  const { t: tErrors } = useTranslation('errors');
  const { slug, signedIn } = useSession();
  const me = useCurrentMember();
  const { data, error } = useQuery(BusinessCaseEditorDocument, { variables: { ideaId }, fetchPolicy: 'network-only' });
  const idea = data?.idea;
  const onTeam = idea && me && idea.team.some((member) => member.id === me.id);
  const blocked = !signedIn
    ? t('notOnTeam')
    : !idea || !me
      ? null
      : !onTeam
        ? t('notOnTeam')
        : idea.stage !== 'TEAMING'
          ? t('notTeaming')
          : null;
  usePageTitle(t('title'));

  return (
    <>
      <BackLink to={`/${slug}/ideas/${ideaId}`} text={t('backToIdea')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {blocked && !error ? (
            <>
              <h1 className="govuk-heading-l">{t('title')}</h1>
              <p className="govuk-body">{blocked}</p>
            </>
          ) : (
            <PageState
              // The case is shown once the member is known, since only its team may write it.
              data={data && (!idea || me) ? data : undefined}
              error={error}
              notFound={<h1 className="govuk-heading-l">{tErrors('notFound.title')}</h1>}
              isMissing={(loaded) => !loaded.idea}
            >
              {() => idea && <BusinessCaseForm idea={idea} />}
            </PageState>
          )}
        </div>
      </div>
    </>
  );
}
