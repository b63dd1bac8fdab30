import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/govuk/back-link';
import { SummaryList } from '../../components/govuk/summary-list';
import { AdminAnalyticsDocument, type AdminAnalyticsQuery } from '../../generated/graphql';
import { formatPounds } from '../../i18n/format';
import { useFormat } from '../../i18n/use-format';
import { PageState } from '../../page/page-state';
import { usePageTitle } from '../../page/page-title';
import { useSession } from '../../session/session-context';
import { AdminOnly } from '../admin-access';
import { formatPercent, funnelRows, participationTotals, PARTICIPATION_SERIES, totalAmount } from './analytics-figures';
import { CsvDownloadButton } from './csv-download-button';
import { FigureTable } from './figure-table';
import { FunnelChart } from './funnel-chart';
import { ParticipationChart } from './participation-chart';
import './analytics.css';

type Analytics = AdminAnalyticsQuery['analytics'];
type ImplementedIdea = AdminAnalyticsQuery['impact']['ideas'][number];

function HeadlineSection({ analytics }: { analytics: Analytics }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'headline' });
  const format = useFormat();
  return (
    <section aria-labelledby="analytics-headline" className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m" id="analytics-headline">
          {t('heading')}
        </h2>
        <SummaryList
          rows={[
            { key: t('members'), value: format.count(analytics.members) },
            { key: t('active7d'), value: format.count(analytics.activeMembers7d) },
            { key: t('active30d'), value: format.count(analytics.activeMembers30d) },
            { key: t('marketVolume'), value: format.amount(analytics.marketVolume) },
            { key: t('implementedIdeas'), value: format.count(analytics.implementedIdeas) },
            { key: t('estimatedSavings'), value: formatPounds(analytics.estimatedAnnualSavings) },
            { key: t('realisedSavings'), value: formatPounds(analytics.realisedSavings) },
          ]}
        />
        <p className="govuk-body">{t('activeHint')}</p>
        <p className="govuk-body">{t('membersSummary')}</p>
        <CsvDownloadButton table="MEMBERS_SUMMARY" />
      </div>
    </section>
  );
}

function FunnelSection({ analytics }: { analytics: Analytics }) {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  const rows = funnelRows(analytics.funnel);
  const rate = (value: number | null) => (value === null ? t('notApplicable') : formatPercent(value));
  const anyIdeas = rows.some((row) => row.count > 0);
  return (
    <section aria-labelledby="analytics-funnel">
      <h2 className="govuk-heading-m" id="analytics-funnel">
        {t('funnel.heading')}
      </h2>
      <p className="govuk-body">{t('funnel.intro')}</p>
      {anyIdeas ? <FunnelChart rows={rows} /> : <p className="govuk-body">{t('funnel.none')}</p>}
      <FigureTable
        caption={t('funnel.caption')}
        captionSize="s"
        firstCellIsHeader
        columns={[
          { header: t('funnel.stage') },
          { header: t('funnel.ideas'), numeric: true },
          { header: t('funnel.fromPrevious'), numeric: true },
          { header: t('funnel.fromFirst'), numeric: true },
        ]}
        rows={rows.map((row) => ({
          key: row.stage,
          cells: [t(`stages.${row.stage}`), format.count(row.count), rate(row.fromPrevious), rate(row.fromFirst)],
        }))}
      />
      <p className="govuk-body">{t('funnel.outsideNote')}</p>
      <CsvDownloadButton table="FUNNEL" />
    </section>
  );
}

function ParticipationSection({ analytics }: { analytics: Analytics }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'participation' });
  const format = useFormat();
  const weeks = analytics.participation;
  const totals = participationTotals(weeks);
  const anyone = PARTICIPATION_SERIES.some((series) => totals[series] > 0);
  return (
    <section aria-labelledby="analytics-participation">
      <h2 className="govuk-heading-m" id="analytics-participation">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro')}</p>
      {anyone ? <ParticipationChart weeks={weeks} /> : <p className="govuk-body">{t('none')}</p>}
      <FigureTable
        caption={t('caption')}
        captionSize="s"
        firstCellIsHeader
        columns={[{ header: t('week') }, ...PARTICIPATION_SERIES.map((series) => ({ header: t(`series.${series}`), numeric: true }))]}
        rows={weeks.map((week) => ({
          key: week.weekStart,
          cells: [format.date(week.weekStart), ...PARTICIPATION_SERIES.map((series) => format.count(week[series]))],
        }))}
      />
      <CsvDownloadButton table="PARTICIPATION" />
    </section>
  );
}

/** Newest first, as the CSV lists them. */
const byDecisionNewestFirst = (a: ImplementedIdea, b: ImplementedIdea) =>
  (b.decision?.decidedAt ?? '').localeCompare(a.decision?.decidedAt ?? '');

function ImplementedSection({ ideas }: { ideas: readonly ImplementedIdea[] }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'implemented' });
  const format = useFormat();
  const { slug } = useSession();
  return (
    <section aria-labelledby="analytics-implemented">
      <h2 className="govuk-heading-m" id="analytics-implemented">
        {t('heading')}
      </h2>
      {ideas.length === 0 ? (
        <p className="govuk-body">{t('none')}</p>
      ) : (
        <FigureTable
          caption={t('caption')}
          captionSize="s"
          firstCellIsHeader
          columns={[
            { header: t('idea') },
            { header: t('implementedOn') },
            { header: t('estimated'), numeric: true },
            { header: t('realised'), numeric: true },
          ]}
          rows={[...ideas].sort(byDecisionNewestFirst).map((idea) => ({
            key: idea.id,
            cells: [
              <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
                {idea.title}
              </Link>,
              idea.decision ? format.date(idea.decision.decidedAt) : t('unknownDate'),
              idea.businessCase ? formatPounds(idea.businessCase.estimatedAnnualSaving) : t('noCase'),
              formatPounds(totalAmount(idea.impact.map((record) => record.realisedSaving))),
            ],
          }))}
        />
      )}
      <CsvDownloadButton table="IMPLEMENTED_IDEAS" />
    </section>
  );
}

function AnalyticsReport() {
  const { t } = useTranslation('analytics');
  const { slug } = useSession();
  usePageTitle(t('title'));
  const { data, error } = useQuery(AdminAnalyticsDocument, { fetchPolicy: 'network-only' });

  return (
    <>
      <BackLink to={`/${slug}/admin`} text={t('backToAdmin')} />
      <h1 className="govuk-heading-xl">{t('title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{t('intro')}</p>
        </div>
      </div>
      <PageState data={data} error={error} failed={t('loadFailed')}>
        {(loaded) => (
          <>
            <HeadlineSection analytics={loaded.analytics} />
            <FunnelSection analytics={loaded.analytics} />
            <ParticipationSection analytics={loaded.analytics} />
            <ImplementedSection ideas={loaded.impact.ideas} />
          </>
        )}
      </PageState>
    </>
  );
}

/** /:slug/admin/analytics: members and activity, the funnel, participation and savings, with CSV exports, for admins. */
export function AnalyticsPage() {
  return <AdminOnly>{() => <AnalyticsReport />}</AdminOnly>;
}
