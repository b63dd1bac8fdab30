import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { useTranslation } from 'react-i18next';
import { SummaryList } from '../components/govuk/summary-list';
import type { TradeQuoteQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { formatChance, magnitude, sharePrice, slippageBound, type Outcome } from './market-figures';

export interface QuotedTrade {
  side: 'BUY' | 'SELL';
  outcome: Outcome;
}

interface TradeQuoteProps {
  request: QuotedTrade | null;
  /** Something the member typed already rules the trade out (the field says what). */
  refused: boolean;
  quote: TradeQuoteQuery['quote'] | undefined;
  failure: unknown;
  /** The bound the member chose, in percent; null when the trade needs none. */
  slippage: number | null;
  balance: string;
  held: Readonly<Record<Outcome, string>>;
}

/**
 * What the trade would mean at today's prices, before it is made: the shares and their average
 * price, what they pay if their outcome wins and the profit that would be, and the wallet after.
 * Read out as it changes.
 */
export function TradeQuote({ request, refused, quote, failure, slippage, balance, held }: TradeQuoteProps) {
  const { t } = useTranslation('market', { keyPrefix: 'trade.quote' });
  const { t: tMarket } = useTranslation('market');
  const { t: tErrors } = useTranslation('errors');
  const format = useFormat();
  let content;
  if (!request || refused) content = <p className="govuk-body">{t('prompt')}</p>;
  else if (failure) {
    const message = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.message : undefined;
    content = <p className="govuk-body">{message ?? tErrors('somethingWentWrong')}</p>;
  } else if (!quote) content = <p className="govuk-body">{t('working')}</p>;
  else {
    const selling = request.side === 'SELL';
    const outcome = tMarket(`outcomeName.${request.outcome}`);
    const cost = parseAmount(quote.cost);
    const balanceAfter = formatAmount(parseAmount(balance) - cost);
    const payout = format.amount(magnitude(quote.payoutIfWins));
    const averagePrice = format.amount(formatAmount(BigInt(Math.round(quote.averagePrice * 100))));
    const rows = [
      { key: t(selling ? 'sharesSold' : 'sharesBought'), value: t('shares', { shares: magnitude(quote.shares), outcome }) },
      { key: t(selling ? 'proceeds' : 'cost'), value: format.amount(magnitude(quote.cost)) },
      { key: t('averagePrice'), value: t('averagePriceValue', { price: averagePrice }) },
      ...(selling
        ? [{ key: t('heldAfter'), value: formatAmount(parseAmount(held[request.outcome]) + parseAmount(quote.shares)) }]
        : [
            { key: t(request.outcome === 'YES' ? 'payout' : 'payoutNo'), value: t('payoutValue', { amount: payout }) },
            { key: t('profit'), value: format.amount(formatAmount(parseAmount(quote.payoutIfWins) - cost)) },
          ]),
      { key: t('balanceAfter'), value: format.amount(balanceAfter) },
      {
        key: t('priceAfter'),
        value: t('priceAfterValue', {
          chance: formatChance(quote.priceYesAfter),
          price: format.amount(sharePrice(quote.priceYesAfter, 'YES')),
        }),
      },
      ...(slippage === null
        ? []
        : [{ key: t(selling ? 'minProceeds' : 'maxCost'), value: format.amount(slippageBound(quote.cost, slippage)) }]),
    ];
    content = <SummaryList rows={rows} />;
  }
  return (
    <div className="govuk-!-margin-bottom-6" aria-live="polite" data-testid="trade-quote">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{t('heading')}</p>
      {content}
    </div>
  );
}
