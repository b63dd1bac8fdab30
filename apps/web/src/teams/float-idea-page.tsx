import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { Button, ButtonLink } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Panel } from '../components/govuk/panel';
import { WarningText } from '../components/govuk/warning-text';
import { useForm } from '../forms/use-form';
import { useFloatGapText } from './float-gap-text';
import { FloatConfirmationDocument, FloatIdeaDocument, type FloatConfirmationQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

type Confirmation = FloatConfirmationQuery & { idea: NonNullable<FloatConfirmationQuery['idea']> };

function FloatConfirmation({ data, onFloated }: { data: Confirmation; onFloated(): void }) {
  const { t } = useTranslation('teams', { keyPrefix: 'float' });
  const { slug } = useSession();
  const format = useFormat();
  const { errors, busy, submit: run } = useForm();
  const [floatIdea] = useMutation(FloatIdeaDocument, { refetchQueries: ['IdeaTeam', 'IdeaDetails'] });
  usePageTitle(t('title'), { error: errors.length > 0 });
  const { idea, tenant } = data;

  const submit = () =>
    run(async () => {
      await floatIdea({ variables: { ideaId: idea.id } });
      onFloated();
    });

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <h2 className="govuk-heading-m">{t('whatHappens', { title: idea.title })}</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('market', { liquidity: format.amount(tenant.settings.liquidity) })}</li>
        <li>{t('board', { count: tenant.settings.minReviews })}</li>
        <li>{t('reward', { reward: format.amount(tenant.settings.investmentReward) })}</li>
        <li>{t('locked')}</li>
      </ul>
      <WarningText>{t('warning')}</WarningText>
      <div className="govuk-button-group">
        <Button type="button" disabled={busy} onClick={() => void submit()}>
          {t('submit')}
        </Button>
        <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
          {t('cancel')}
        </Link>
      </div>
    </>
  );
}

/** /:slug/ideas/:ideaId/float: the lead confirms floating, knowing what follows. */
export function FloatIdeaPage() {
  const { t } = useTranslation('teams', { keyPrefix: 'float' });
  const { t: tErrors } = useTranslation('errors');
  const gapText = useFloatGapText();
  const { ideaId = '' } = useParams();
  const { slug, signedIn } = useSession();
  const me = useCurrentMember();
  const [floated, setFloated] = useState(false);
  const { data, error } = useQuery(FloatConfirmationDocument, { variables: { ideaId }, fetchPolicy: 'cache-and-network' });
  usePageTitle(floated ? t('done') : t('title'));
  const idea = data?.idea;

  if (floated)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title={t('done')}>{t('doneBody')}</Panel>
          <ButtonLink to={`/${slug}/ideas/${ideaId}`}>{t('backToIdea')}</ButtonLink>
        </div>
      </div>
    );

  const blocked = !signedIn
    ? t('notLead')
    : !idea || !me
      ? null
      : idea.author.id !== me.id
        ? t('notLead')
        : idea.stage !== 'TEAMING'
          ? t('notTeaming')
          : null;
  return (
    <>
      <BackLink to={`/${slug}/ideas/${ideaId}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {blocked && !error ? (
            <>
              <h1 className="govuk-heading-l">{t('title')}</h1>
              <p className="govuk-body">{blocked}</p>
            </>
          ) : (
            <PageState
              // The idea is shown once the member is known, since only its lead may float it.
              data={data && (!idea || me) ? data : undefined}
              error={error}
              notFound={<h1 className="govuk-heading-l">{tErrors('notFound.title')}</h1>}
              isMissing={(loaded) => !loaded.idea}
            >
              {(loaded) =>
                idea &&
                (!idea.floatReadiness.ready ? (
                  <>
                    <h1 className="govuk-heading-l">{t('title')}</h1>
                    <p className="govuk-body">{t('notReady')}</p>
                    <ul className="govuk-list govuk-list--bullet">
                      {idea.floatReadiness.gaps.map((gap, index) => (
                        <li key={`${gap.kind}-${gap.section ?? index}`}>{gapText(gap, idea.floatReadiness.missing[index])}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <FloatConfirmation data={{ ...loaded, idea }} onFloated={() => setFloated(true)} />
                ))
              }
            </PageState>
          )}
        </div>
      </div>
    </>
  );
}
