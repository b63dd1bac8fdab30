import { formatAmount, parseAmount } from '@idea-exchange/money';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList, type SummaryListRow } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import type { MarketPayoutsFragment } from '../generated/graphql';
import { formatAmountNumber } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { formatChance, sharePrice } from './market-figures';

const ONE_SHARE = '1.00';

interface SettledMarketProps {
  market: MarketPayoutsFragment & { priceYes: number; resolution?: 'YES' | 'NO' | null; settledAt?: string | null };
  /** The crowd and volume rows the open market shows too. */
  crowd: readonly SummaryListRow[];
}

/**
 * A settled market: the result and what a winning share paid, the price when the board decided,
 * what the viewer was paid, and what every holder held and was paid.
 */
export function SettledMarket({ market, crowd }: SettledMarketProps) {
  const { t } = useTranslation('market', { keyPrefix: 'settled' });
  const { t: tSummary } = useTranslation('market', { keyPrefix: 'summary' });
  const format = useFormat();
  const won = market.resolution ?? 'YES';
  return (
    <div data-testid="market-resolution">
      <p className="govuk-body-l govuk-!-margin-bottom-2">{tSummary('question')}</p>
      <p className="govuk-heading-l govuk-!-margin-bottom-2" data-testid="market-result">
        {t(won === 'YES' ? 'headlineYes' : 'headlineNo', { amount: format.amount(ONE_SHARE) })}
      </p>
      <p className="govuk-body">
        {tSummary(won === 'YES' ? 'paidYes' : 'paidNo', {
          date: market.settledAt ? format.date(market.settledAt) : '',
          amount: format.amount(ONE_SHARE),
        })}
      </p>
      <YourPayout payouts={market.payouts} />
      <SummaryList
        rows={[
          { key: tSummary('status'), value: <Tag colour="grey">{tSummary('settled')}</Tag> },
          { key: t('chanceAtDecision'), value: formatChance(market.priceYes) },
          { key: t('priceAtDecision'), value: tSummary('perShare', { amount: format.amount(sharePrice(market.priceYes, 'YES')) }) },
          ...crowd,
        ]}
      />
      <PayoutsTable payouts={market.payouts} />
    </div>
  );
}

/** "You were paid 41.20 Peas": the signed-in member's part of the settlement, when they held shares. */
function YourPayout({ payouts }: { payouts: MarketPayoutsFragment['payouts'] }) {
  const { t } = useTranslation('market', { keyPrefix: 'settled' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  const me = useCurrentMember();
  const mine = payouts.filter((payout) => payout.member.id === me?.id);
  if (mine.length === 0) return null;
  const paid = mine.reduce((total, payout) => total + parseAmount(payout.paid), 0n);
  const held = mine.map((payout) =>
    t('heldShares', { shares: formatAmountNumber(payout.shares), outcome: tMarket(`outcomeName.${payout.outcome}`) }),
  );
  return (
    <div className="govuk-inset-text" data-testid="your-payout">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {paid > 0n ? t('youWerePaid', { amount: format.amount(formatAmount(paid)) }) : t('youWerePaidNothing')}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">{t('youHeld', { held: held.join(t('and')) })}</p>
    </div>
  );
}

function PayoutsTable({ payouts }: { payouts: MarketPayoutsFragment['payouts'] }) {
  const { t } = useTranslation('market', { keyPrefix: 'settled' });
  const { t: tMarket } = useTranslation('market');
  const { slug } = useSession();
  const format = useFormat();
  if (payouts.length === 0) return <p className="govuk-body">{t('nobodyHeld')}</p>;
  return (
    <div data-testid="market-payouts">
      <Table
        caption={t('payoutsCaption')}
        captionSize="s"
        columns={[
          { header: t('holder') },
          { header: t('outcome') },
          { header: t('shares'), numeric: true },
          { header: t('paid'), numeric: true },
        ]}
        rows={payouts.map((payout) => ({
          key: `${payout.member.id}:${payout.outcome}`,
          cells: [
            <Link className="govuk-link" to={`/${slug}/people/${payout.member.id}`} key="holder">
              {payout.member.displayName}
            </Link>,
            tMarket(`outcomeName.${payout.outcome}`),
            formatAmountNumber(payout.shares),
            format.amount(payout.paid),
          ],
        }))}
        firstCellIsHeader
      />
    </div>
  );
}
