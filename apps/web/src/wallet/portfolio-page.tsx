import { useQuery } from '@apollo/client/react';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { PortfolioDocument, PositionIdeaDocument, type PortfolioQuery } from '../generated/graphql';
import { formatAmountNumber } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { RequireSignIn } from './require-sign-in';

/** The price of one share of an outcome, to the hundredth, from the market's probability of YES. */
const priceOf = (priceYes: number, outcome: 'YES' | 'NO') =>
  formatAmount(BigInt(Math.round((outcome === 'YES' ? priceYes : 1 - priceYes) * 100)));

/** A position's idea, by its title; asked one by one, so an idea hidden since costs one title, not the page. */
function IdeaLink({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  const { t: tCommon } = useTranslation();
  const { slug } = useSession();
  const { data, error } = useQuery(PositionIdeaDocument, { variables: { id: ideaId } });
  if (data?.idea)
    return (
      <Link className="govuk-link" to={`/${slug}/ideas/${ideaId}`}>
        {data.idea.title}
      </Link>
    );
  return <>{data || error ? t('hiddenIdea') : tCommon('loading')}</>;
}

type PortfolioData = PortfolioQuery['portfolio'];

const sum = (amounts: readonly string[]) => formatAmount(amounts.reduce((total, amount) => total + parseAmount(amount), 0n));

/** A table the tests can find by its id (the table scrolls inside its own box by itself). */
function FindableTable(props: ComponentProps<typeof Table> & { testId: string }) {
  const { testId, ...table } = props;
  return (
    <div data-testid={testId}>
      <Table {...table} />
    </div>
  );
}

function OpenPositions({ positions }: { positions: PortfolioData['positions'] }) {
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  if (positions.length === 0)
    return (
      <p className="govuk-body" data-testid="portfolio-empty">
        {t('empty')}
      </p>
    );
  return (
    <FindableTable
      testId="portfolio-positions"
      caption={t('positionsCaption')}
      columns={[
        { header: t('idea') },
        { header: t('outcome') },
        { header: t('shares'), numeric: true },
        { header: t('price'), numeric: true },
        { header: t('costBasis'), numeric: true },
        { header: t('value'), numeric: true },
        { header: t('profit'), numeric: true },
      ]}
      rows={positions.map((p) => ({
        key: `${p.ideaId}:${p.outcome}`,
        cells: [
          <IdeaLink ideaId={p.ideaId} key="idea" />,
          tMarket(`outcomeName.${p.outcome}`),
          formatAmountNumber(p.shares),
          format.amount(priceOf(p.market.priceYes, p.outcome)),
          format.amount(p.costBasis),
          format.amount(p.value),
          format.amount(p.profit),
        ],
      }))}
    />
  );
}

/** Positions the board's decision settled: what was held then, what it cost, what it paid. */
function SettledPositions({ settled }: { settled: PortfolioData['settledPositions'] }) {
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  return (
    <>
      <h2 className="govuk-heading-m">{t('settledCaption')}</h2>
      <p className="govuk-body">{t('settledIntro')}</p>
      {settled.length === 0 ? (
        <p className="govuk-body" data-testid="settled-empty">
          {t('settledEmpty')}
        </p>
      ) : (
        <FindableTable
          testId="settled-positions"
          caption={t('settledCaption')}
          captionSize="s"
          columns={[
            { header: t('idea') },
            { header: t('outcome') },
            { header: t('result') },
            { header: t('settledOn') },
            { header: t('sharesHeld'), numeric: true },
            { header: t('costBasis'), numeric: true },
            { header: t('paidOut'), numeric: true },
            { header: t('profit'), numeric: true },
          ]}
          rows={settled.map((p) => ({
            key: `${p.market.id}:${p.outcome}`,
            cells: [
              <IdeaLink ideaId={p.ideaId} key="idea" />,
              tMarket(`outcomeName.${p.outcome}`),
              <Tag colour={p.market.resolution === p.outcome ? 'green' : 'grey'} key="result">
                {t(p.market.resolution === p.outcome ? 'won' : 'lost')}
              </Tag>,
              format.date(p.settledAt),
              formatAmountNumber(p.shares),
              format.amount(p.costBasis),
              format.amount(p.paid),
              format.amount(p.profit),
            ],
          }))}
        />
      )}
    </>
  );
}

function Portfolio() {
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  const { slug } = useSession();
  const format = useFormat();
  // Values move with every trade anyone makes, so ask each time the page opens.
  const { data, error } = useQuery(PortfolioDocument, { fetchPolicy: 'cache-and-network' });

  const shown = ({ portfolio }: PortfolioQuery) => {
    const { balance, netWorth, settledPositions } = portfolio;
    const positions = portfolio.positions.filter((p) => parseAmount(p.shares) > 0n);
    return (
      <>
        <SummaryList
          rows={[
            { key: t('balance'), value: format.amount(balance) },
            { key: t('positionsCost'), value: format.amount(sum(positions.map((p) => p.costBasis))) },
            { key: t('positionsValue'), value: format.amount(formatAmount(parseAmount(netWorth) - parseAmount(balance))) },
            {
              key: t('positionsProfit'),
              value: <span data-testid="positions-profit">{format.amount(sum(positions.map((p) => p.profit)))}</span>,
            },
            {
              key: t('settledProfit'),
              value: <span data-testid="settled-profit">{format.amount(sum(settledPositions.map((p) => p.profit)))}</span>,
            },
            {
              key: t('netWorth'),
              value: (
                <>
                  <span data-testid="net-worth">{format.amount(netWorth)}</span>
                  <div className="govuk-hint govuk-!-margin-bottom-0">{t('netWorthHint')}</div>
                </>
              ),
            },
          ]}
        />
        <OpenPositions positions={positions} />
        <SettledPositions settled={settledPositions} />
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/wallet`}>
            {t('walletLink')}
          </Link>
        </p>
      </>
    );
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <PageState data={data} error={error}>
          {shown}
        </PageState>
      </div>
    </div>
  );
}

/** /:slug/portfolio: the member's balance, shares and net worth. */
export function PortfolioPage() {
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  usePageTitle(t('title'));
  return (
    <RequireSignIn>
      <Portfolio />
    </RequireSignIn>
  );
}
