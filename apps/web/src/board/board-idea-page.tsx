import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { InsetText } from '../components/govuk/inset-text';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { SummaryList } from '../components/govuk/summary-list';
import { BoardIdeaDocument, type BoardIdeaQuery } from '../generated/graphql';
import { formatAmountNumber, formatPounds } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { BoardOnly } from './board-access';
import { formatPercent, sharePriceOf } from './board-figures';
import { DecisionForm } from './decision-form';
import { DecisionSummary } from './decision-summary';
import { ReviewsTable } from './reviews-table';
import { ScorecardForm } from './scorecard-form';

type BoardIdea = NonNullable<BoardIdeaQuery['idea']>;

const CASE_TEXT = ['problem', 'proposal', 'benefits', 'risks', 'measuresOfSuccess'] as const;
const CASE_AMOUNTS = ['estimatedAnnualSaving', 'oneOffCost', 'runningCost'] as const;

interface MarketSignalProps {
  idea: BoardIdea;
  /** The market's price chart, drawn by the market feature (composed in app/). */
  priceChart(ideaId: string): ReactNode;
}

function MarketSignal({ idea, priceChart }: MarketSignalProps) {
  const { t } = useTranslation('board', { keyPrefix: 'idea' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  const market = idea.market;
  return (
    <section aria-labelledby="market-heading" data-testid="board-market">
      <h2 className="govuk-heading-m" id="market-heading">
        {t('marketHeading')}
      </h2>
      {!market ? (
        <p className="govuk-body">{t('noMarket')}</p>
      ) : (
        <>
          {!market.open && <p className="govuk-body">{t('marketClosed')}</p>}
          <SummaryList
            rows={[
              { key: t('probability'), value: formatPercent(market.priceYes) },
              { key: t('pricePerShare'), value: format.amount(sharePriceOf(market.priceYes)) },
              { key: t('volume'), value: format.amount(market.volume) },
              { key: t('trades'), value: format.count(market.tradeCount) },
              { key: t('traders'), value: format.count(market.traders) },
              ...(market.open
                ? [{ key: t('topHolder'), value: t('topHolderValue', { percent: formatPercent(market.topHolderShare) }) }]
                : []),
            ]}
          />
          {priceChart(idea.id)}
          {market.open && (
            <>
              <h3 className="govuk-heading-s">{t('holdingsHeading')}</h3>
              <p className="govuk-hint">{t('holdingsHint')}</p>
              {idea.teamHoldings.length === 0 ? (
                <p className="govuk-body" data-testid="team-holdings">
                  {t('noHoldings')}
                </p>
              ) : (
                <ul className="govuk-list govuk-list--bullet" data-testid="team-holdings">
                  {idea.teamHoldings.map((held) => (
                    <li key={`${held.member.id}-${held.outcome}`}>
                      {t('holding', {
                        name: held.member.displayName,
                        shares: formatAmountNumber(held.shares),
                        outcome: tMarket(`outcomeName.${held.outcome}`),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function CaseView({ idea }: { idea: BoardIdea }) {
  const { t } = useTranslation('board', { keyPrefix: 'idea' });
  const { t: tBoard } = useTranslation('board');
  const { t: tCase } = useTranslation('board', { keyPrefix: 'caseFields' });
  const format = useFormat();
  const businessCase = idea.businessCase;
  return (
    <section aria-labelledby="case-heading">
      <h2 className="govuk-heading-m" id="case-heading">
        {t('caseHeading')}
      </h2>
      {!businessCase ? (
        <p className="govuk-body">{tBoard('queue.noCase')}</p>
      ) : (
        <>
          <p className="govuk-hint">{t('caseVersion', { version: businessCase.version, date: format.dateTime(businessCase.savedAt) })}</p>
          <SummaryList
            rows={[
              ...CASE_TEXT.slice(0, 3).map((section) => ({
                key: tCase(section),
                value: <span style={{ whiteSpace: 'pre-line' }}>{businessCase[section]}</span>,
              })),
              ...CASE_AMOUNTS.map((section) => ({
                key: tCase(section),
                value: formatPounds(businessCase[section]),
              })),
              ...CASE_TEXT.slice(3).map((section) => ({
                key: tCase(section),
                value: <span style={{ whiteSpace: 'pre-line' }}>{businessCase[section]}</span>,
              })),
            ]}
          />
        </>
      )}
    </section>
  );
}

function BoardIdeaView({ idea, minReviews, priceChart }: { idea: BoardIdea; minReviews: number } & Pick<MarketSignalProps, 'priceChart'>) {
  const { t } = useTranslation('board');
  const { slug } = useSession();
  const me = useCurrentMember();
  const [decided, setDecided] = useState(false);
  const conflict = me !== undefined && idea.team.some((member) => member.id === me.id);
  const mine = idea.reviews.find((review) => review.reviewer.id === me?.id);
  const underReview = idea.stage === 'INVESTMENT';

  return (
    <>
      {decided && <NotificationBanner success heading={t('decide.done')} />}
      <span className="govuk-caption-l">{t('idea.caption')}</span>
      <h1 className="govuk-heading-l">{idea.title}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
          {t('idea.readIdea')}
        </Link>
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <MarketSignal idea={idea} priceChart={priceChart} />
          <CaseView idea={idea} />
          <h2 className="govuk-heading-m">{t('idea.teamHeading')}</h2>
          <ul className="govuk-list">
            {idea.team.map((member) => (
              <li key={member.id}>
                <Link className="govuk-link" to={`/${slug}/people/${member.id}`}>
                  {member.displayName}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <h2 className="govuk-heading-m">{t('reviews.heading')}</h2>
      <p className="govuk-body">{t('reviews.soFar', { count: idea.reviews.length, minimum: minReviews })}</p>
      {idea.reviews.length === 0 ? <p className="govuk-body">{t('reviews.none')}</p> : <ReviewsTable reviews={idea.reviews} />}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {idea.decision ? (
            <>
              <h2 className="govuk-heading-m">{t('decision.heading')}</h2>
              <DecisionSummary decision={idea.decision} />
            </>
          ) : !underReview ? (
            <p className="govuk-body">{t('idea.notUnderReview')}</p>
          ) : me?.role === 'ADMIN' ? (
            <section aria-labelledby="admin-heading">
              <h2 className="govuk-heading-m" id="admin-heading">
                {t('idea.adminHeading')}
              </h2>
              <InsetText>{t('idea.adminReadOnly')}</InsetText>
            </section>
          ) : conflict ? (
            <section aria-labelledby="conflict-heading">
              <h2 className="govuk-heading-m" id="conflict-heading">
                {t('idea.conflictHeading')}
              </h2>
              <InsetText>{t('idea.conflict')}</InsetText>
            </section>
          ) : (
            <>
              <ScorecardForm ideaId={idea.id} title={idea.title} mine={mine} />
              {idea.reviews.length >= minReviews ? (
                <DecisionForm ideaId={idea.id} title={idea.title} onDecided={() => setDecided(true)} />
              ) : (
                <>
                  <h2 className="govuk-heading-m">{t('decide.heading')}</h2>
                  <p className="govuk-body">{t('decide.waiting', { minimum: minReviews })}</p>
                </>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}

function BoardIdeaLoader({ priceChart }: Pick<MarketSignalProps, 'priceChart'>) {
  const { t } = useTranslation('board');
  const { t: tErrors } = useTranslation('errors');
  const { ideaId = '' } = useParams();
  const { data: current, previousData, error } = useQuery(BoardIdeaDocument, { variables: { ideaId }, fetchPolicy: 'cache-and-network' });
  // Keep the forms mounted (and their messages) while the idea is fetched again after a review.
  const data = current ?? previousData;
  usePageTitle(data?.idea ? data.idea.title : data ? tErrors('notFound.title') : t('title'));
  return (
    <PageState
      data={data}
      error={error}
      notFound={<h1 className="govuk-heading-l">{tErrors('notFound.title')}</h1>}
      isMissing={(loaded) => !loaded.idea}
    >
      {(loaded) =>
        loaded.idea && <BoardIdeaView idea={loaded.idea} minReviews={loaded.tenant.settings.minReviews} priceChart={priceChart} />
      }
    </PageState>
  );
}

/** /:slug/board/:ideaId: one idea's case, market signal, reviews and, for impartial board members, the forms. */
export function BoardIdeaPage({ priceChart }: Pick<MarketSignalProps, 'priceChart'>) {
  const { t } = useTranslation('board', { keyPrefix: 'idea' });
  const { slug } = useSession();
  return (
    <>
      <BackLink to={`/${slug}/board`} text={t('backToQueue')} />
      <BoardOnly>
        <BoardIdeaLoader priceChart={priceChart} />
      </BoardOnly>
    </>
  );
}
