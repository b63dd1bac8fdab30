import { skipToken, useQuery } from '@apollo/client/react';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { lazy, Suspense, useCallback, useEffect, useId, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InsetText } from '../components/govuk/inset-text';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import {
  MarketPositionDocument,
  MarketPriceHistoryDocument,
  MarketSectionDocument,
  type MarketFactsFragment,
  type MarketPositionQuery,
  type MarketSectionQuery,
} from '../generated/graphql';
import { formatAmountNumber } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useReached } from '../page/use-reached';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { formatChance, sharePrice, type Outcome } from './market-figures';
import { SettledMarket } from './settled-market';
import { TradeForm } from './trade-form';
import { useMarketUpdates } from './use-market-updates';
import './market.css';

// The chart's drawing code comes with its figures, when the chart is scrolled to.
const PriceChart = lazy(() => import('./price-chart').then(({ PriceChart }) => ({ default: PriceChart })));

/**
 * The idea's market on the idea page: its price and history, the member's position, and the form
 * to trade while it is open. Live: it follows every trade as it happens.
 */
export function MarketSection({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('market');
  const { signedIn } = useSession();
  const headingId = useId();
  const section = useQuery(MarketSectionDocument, { variables: { ideaId } });
  const position = useQuery(MarketPositionDocument, signedIn ? {} : skipToken);
  const market = section.data?.market;

  const { refetch: refetchSection } = section;
  const { refetch: refetchPosition } = position;
  const refresh = useCallback(
    () => Promise.all([refetchSection(), signedIn ? refetchPosition() : undefined]),
    [refetchSection, refetchPosition, signedIn],
  );
  useMarketUpdates(ideaId, market?.open ?? false, () => void refresh().catch(() => undefined));

  return (
    <section aria-labelledby={headingId} className="app-market-section" data-testid="market-section">
      <h2 className="govuk-heading-l" id={headingId}>
        {t('heading')}
      </h2>
      <PageState
        data={section.data}
        error={section.error}
        notFound={<p className="govuk-body">{t('notFloated')}</p>}
        isMissing={(loaded) => !loaded.market}
      >
        {({ market }) =>
          market && (
            <>
              <MarketSummary market={market} />
              {market.open && <TradeArea ideaId={ideaId} market={market} position={position.data} onTraded={refresh} />}
              {signedIn && <MemberPosition ideaId={ideaId} data={position.data} />}
              <MarketChart ideaId={ideaId} market={market} />
            </>
          )
        }
      </PageState>
    </section>
  );
}

function MarketSummary({ market }: { market: MarketSectionQuery['market'] & {} }) {
  const { t } = useTranslation('market', { keyPrefix: 'summary' });
  const format = useFormat();
  const crowd = [
    { key: t('traders'), value: String(market.traders) },
    ...(market.open ? [{ key: t('topHolder'), value: t('topHolderValue', { percent: formatChance(market.topHolderShare) }) }] : []),
    { key: t('volume'), value: t('volumeValue', { amount: format.amount(market.volume), count: market.tradeCount }) },
  ];
  if (!market.open) return <SettledMarket market={market} crowd={crowd} />;
  return (
    <>
      <p className="govuk-body-l govuk-!-margin-bottom-2">{t('question')}</p>
      <p className="govuk-heading-xl govuk-!-margin-bottom-2" data-testid="market-chance">
        {formatChance(market.priceYes)}
      </p>
      <p className="govuk-body">{t('chanceCaption')}</p>
      <SummaryList
        rows={[
          { key: t('status'), value: <Tag colour="green">{t('open')}</Tag> },
          { key: t('yesPrice'), value: t('perShare', { amount: format.amount(sharePrice(market.priceYes, 'YES')) }) },
          { key: t('noPrice'), value: t('perShare', { amount: format.amount(sharePrice(market.priceYes, 'NO')) }) },
          ...crowd,
        ]}
      />
    </>
  );
}

/** The price history, asked for once the chart is scrolled to and again after each trade. */
function MarketChart({ ideaId, market }: { ideaId: string; market: MarketFactsFragment }) {
  const { t } = useTranslation('market', { keyPrefix: 'chart' });
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const { ref, reached } = useReached<HTMLHeadingElement>();
  const { data, error, refetch } = useQuery(
    MarketPriceHistoryDocument,
    reached ? { variables: { ideaId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const seenTrades = useRef(market.tradeCount);
  useEffect(() => {
    if (seenTrades.current === market.tradeCount) return;
    seenTrades.current = market.tradeCount;
    if (reached) void refetch().catch(() => undefined);
  }, [market.tradeCount, reached, refetch]);
  const until = market.settledAt ?? new Date().toISOString();
  return (
    <>
      <h3 className="govuk-heading-m" ref={ref}>
        {t('heading')}
      </h3>
      <PageState data={data} error={error}>
        {({ priceHistory }) => (
          <Suspense fallback={<p className="govuk-body">{tCommon('loading')}</p>}>
            <PriceChart history={priceHistory} until={until} untilLabel={market.settledAt ? format.dateTime(market.settledAt) : t('now')} />
          </Suspense>
        )}
      </PageState>
    </>
  );
}

/** The member's holdings of either outcome in this market, with their value at today's price. */
function MemberPosition({ ideaId, data }: { ideaId: string; data: MarketPositionQuery | undefined }) {
  const { t } = useTranslation('market', { keyPrefix: 'position' });
  const { t: tMarket } = useTranslation('market');
  const mine = data?.portfolio.positions.filter((p) => p.ideaId === ideaId && parseAmount(p.shares) > 0n) ?? [];
  return (
    <>
      <h3 className="govuk-heading-m">{t('heading')}</h3>
      <PageState data={data}>
        {() =>
          mine.length === 0 ? (
            <p className="govuk-body" data-testid="market-position">
              {t('none')}
            </p>
          ) : (
            <div data-testid="market-position">
              <Table
                caption={t('caption')}
                captionSize="s"
                columns={[
                  { header: t('outcome') },
                  { header: t('shares'), numeric: true },
                  { header: t('costBasis'), numeric: true },
                  { header: t('value'), numeric: true },
                  { header: t('profit'), numeric: true },
                ]}
                rows={mine.map((p) => ({
                  key: p.outcome,
                  cells: [
                    tMarket(`outcomeName.${p.outcome}`),
                    formatAmountNumber(p.shares),
                    formatAmountNumber(p.costBasis),
                    formatAmountNumber(p.value),
                    formatAmountNumber(formatAmount(parseAmount(p.value) - parseAmount(p.costBasis))),
                  ],
                }))}
                firstCellIsHeader
              />
            </div>
          )
        }
      </PageState>
    </>
  );
}

interface TradeAreaProps {
  ideaId: string;
  market: MarketFactsFragment;
  position: MarketPositionQuery | undefined;
  onTraded(): Promise<unknown>;
}

/** The trade form, or why the member cannot trade. */
function TradeArea({ ideaId, market, position, onTraded }: TradeAreaProps) {
  const { t } = useTranslation('market', { keyPrefix: 'trade' });
  const { t: tCommon } = useTranslation();
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  let content;
  if (!signedIn)
    content = (
      <p className="govuk-body">
        <Trans t={t} i18nKey="signInToTrade" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
      </p>
    );
  else if (!member || !position) content = <p className="govuk-body">{tCommon('loading')}</p>;
  else if (member.role === 'BOARD') content = <InsetText>{t('boardMayNotTrade')}</InsetText>;
  else if (member.role === 'ADMIN') content = <InsetText>{t('adminMayNotTrade')}</InsetText>;
  else {
    const heldOf = (outcome: Outcome) =>
      position.portfolio.positions.find((p) => p.ideaId === ideaId && p.outcome === outcome)?.shares ?? '0.00';
    content = (
      <TradeForm
        ideaId={ideaId}
        held={{ YES: heldOf('YES'), NO: heldOf('NO') }}
        balance={position.me.balance}
        marketVersion={market.tradeCount}
        onTraded={onTraded}
      />
    );
  }
  return (
    <>
      <h3 className="govuk-heading-m">{t('heading')}</h3>
      {content}
    </>
  );
}
