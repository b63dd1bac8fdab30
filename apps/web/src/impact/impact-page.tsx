import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { ImpactOverviewDocument } from '../generated/graphql';
import { formatPounds } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { totalOf } from './impact-amounts';
import { PageState } from '../page/page-state';

/** /:slug/impact: what the instance's implemented ideas have saved, estimated and realised. */
export function ImpactPage() {
  const { t } = useTranslation('impact');
  const { t: tMarket } = useTranslation('market');
  const { slug } = useSession();
  const format = useFormat();
  const { data, error } = useQuery(ImpactOverviewDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('title'));
  const money = formatPounds;
  const impact = data?.impact;

  return (
    <>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{t('intro')}</p>
        </div>
      </div>
      <PageState data={impact} error={error}>
        {(impact) => (
          <>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h2 className="govuk-heading-m">{t('totals.caption')}</h2>
                <SummaryList
                  rows={[
                    { key: t('totals.implementedIdeas'), value: format.count(impact.implementedIdeas) },
                    { key: t('totals.estimated'), value: money(impact.estimatedAnnualSavings) },
                    { key: t('totals.realised'), value: money(impact.realisedSavings) },
                  ]}
                />
              </div>
            </div>
            {impact.ideas.length === 0 ? (
              <p className="govuk-body">{t('ideas.none')}</p>
            ) : (
              <Table
                caption={t('ideas.caption')}
                columns={[
                  { header: t('ideas.idea') },
                  { header: t('ideas.decidedOn') },
                  { header: t('ideas.rationale') },
                  { header: t('ideas.estimated'), numeric: true },
                  { header: t('ideas.realised'), numeric: true },
                ]}
                firstCellIsHeader
                rows={impact.ideas.map((idea) => ({
                  key: idea.id,
                  cells: [
                    <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
                      {idea.title}
                    </Link>,
                    idea.decision ? format.date(idea.decision.decidedAt) : '–',
                    idea.decision?.rationale ?? '–',
                    idea.businessCase ? money(idea.businessCase.estimatedAnnualSaving) : t('ideas.noCase'),
                    money(totalOf(idea.impact.map((record) => record.realisedSaving))),
                  ],
                }))}
              />
            )}
            {impact.ideas.some((idea) => idea.outcomeMarkets.length > 0) && (
              <Table
                caption={t('outcomeMarkets.caption')}
                columns={[
                  { header: t('outcomeMarkets.idea') },
                  { header: t('outcomeMarkets.question') },
                  { header: t('outcomeMarkets.chance') },
                ]}
                firstCellIsHeader
                rows={impact.ideas.flatMap((idea) =>
                  idea.outcomeMarkets.map((market) => ({
                    key: market.id,
                    cells: [
                      <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
                        {idea.title}
                      </Link>,
                      market.question,
                      market.open
                        ? t('outcomeMarkets.percent', { value: Math.round(market.priceYes * 100) })
                        : t('outcomeMarkets.resolved', { outcome: market.resolution ? tMarket(`outcomeName.${market.resolution}`) : '' }),
                    ],
                  })),
                )}
              />
            )}
          </>
        )}
      </PageState>
    </>
  );
}
