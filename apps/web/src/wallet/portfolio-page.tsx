import { useQuery } from '@apollo/client/react';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { PortfolioDocument, PositionIdeaDocument } from '../generated/graphql';
import { formatAmountNumber } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
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

function Portfolio() {
  const { t: tMarket } = useTranslation('market');
  const { t } = useTranslation('wallet', { keyPrefix: 'portfolio' });
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { slug } = useSession();
  const format = useFormat();
  // Values move with every trade anyone makes, so ask each time the page opens.
  const { data, error } = useQuery(PortfolioDocument, { fetchPolicy: 'cache-and-network' });

  let content;
  if (!data)
    content = (
      <p className="govuk-body" role={error ? 'alert' : undefined}>
        {error ? tErrors('somethingWentWrong') : tCommon('loading')}
      </p>
    );
  else {
    const { balance, netWorth } = data.portfolio;
    const positions = data.portfolio.positions.filter((p) => parseAmount(p.shares) > 0n);
    content = (
      <>
        <SummaryList
          rows={[
            { key: t('balance'), value: format.amount(balance) },
            { key: t('positionsValue'), value: format.amount(formatAmount(parseAmount(netWorth) - parseAmount(balance))) },
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
        {positions.length === 0 ? (
          <p className="govuk-body" data-testid="portfolio-empty">
            {t('empty')}
          </p>
        ) : (
          <Table
            caption={t('positionsCaption')}
            columns={[
              { header: t('idea') },
              { header: t('outcome') },
              { header: t('shares'), numeric: true },
              { header: t('price'), numeric: true },
              { header: t('value'), numeric: true },
            ]}
            rows={positions.map((p) => ({
              key: `${p.ideaId}:${p.outcome}`,
              cells: [
                <IdeaLink ideaId={p.ideaId} key="idea" />,
                tMarket(`outcomeName.${p.outcome}`),
                formatAmountNumber(p.shares),
                format.amount(priceOf(p.market.priceYes, p.outcome)),
                format.amount(p.value),
              ],
            }))}
          />
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/wallet`}>
            {t('walletLink')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {content}
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
