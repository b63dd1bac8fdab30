import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { NO_ERRORS, type FormErrors } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import type { TradeFactsFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { formatChance, magnitude, readAmount, slippageBound, type Outcome } from './market-figures';
import { DEFAULT_SLIPPAGE, TRADE_FIELD_IDS as FIELD_IDS, TradeFields, type TradeValues } from './trade-fields';
import { TradeQuote } from './trade-quote';
import type { BuyBy, Side, TradeRequest } from './trade-request';
import { useErrorTitle } from './use-error-title';
import { useTradeQuote } from './use-trade-quote';
import { useTradeSubmission } from './use-trade-submission';

/** The API's field names -> the inputs that hold them. */
const API_FIELDS = {
  outcome: FIELD_IDS.outcome,
  spend: FIELD_IDS.amount,
  shares: FIELD_IDS.amount,
  maxCost: FIELD_IDS.slippage,
  minProceeds: FIELD_IDS.slippage,
};
const INITIAL: TradeValues = { side: 'BUY', outcome: null, buyBy: 'spend', amount: '', slippage: DEFAULT_SLIPPAGE };

interface TradeFormProps {
  ideaId: string;
  /** Shares the member holds in this market, as API Amounts. */
  held: Readonly<Record<Outcome, string>>;
  /** The member's wallet balance. */
  balance: string;
  /** The market's trade count: the quote is asked again whenever it changes. */
  marketVersion: number;
  /** Fetches what the trade changed (market, history, position, balance). */
  onTraded(): Promise<unknown>;
}

const codeOf = (error: unknown) => (CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined);

/** Buy or sell one outcome's shares, with a live quote and a bound on how far the price may move. */
export function TradeForm({ ideaId, held, balance, marketVersion, onTraded }: TradeFormProps) {
  const { t } = useTranslation('market', { keyPrefix: 'trade' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  const place = useTradeSubmission(ideaId);
  const [priceMoved, setPriceMoved] = useState(false);
  const [done, setDone] = useState<TradeFactsFragment | null>(null);
  const form = useForm<TradeValues>({
    initial: INITIAL,
    fieldIds: API_FIELDS,
    codes: (typed) => ({
      INSUFFICIENT_FUNDS: t('errors.insufficientFunds', { balance: format.amount(balance) }),
      SLIPPAGE_EXCEEDED: t('errors.priceMoved', { percent: typed.slippage }),
      MARKET_CLOSED: t('errors.marketClosed'),
      FORBIDDEN: t('errors.forbidden'),
      NOT_FOUND: t('errors.notFound'),
    }),
    validate: () => validate(),
    onFailure: (error) => setPriceMoved(codeOf(error) === 'SLIPPAGE_EXCEEDED'),
  });
  const { values, errors } = form;
  useErrorTitle(errors.length > 0);

  const holdsShares = parseAmount(held.YES) > 0n || parseAmount(held.NO) > 0n;
  const side: Side = holdsShares ? values.side : 'BUY';
  const { outcome, amount, slippage } = values;
  const by: BuyBy = side === 'SELL' ? 'shares' : values.buyBy;
  // Buying for an amount never costs more than that amount, so only the other trades need a bound.
  const bounded = side === 'SELL' || by === 'shares';
  const typed = readAmount(amount);
  const sellingTooMany = side === 'SELL' && outcome !== null && typed !== null && typed > parseAmount(held[outcome]);
  const spendingTooMuch = side === 'BUY' && by === 'spend' && typed !== null && typed > parseAmount(balance);
  const request: TradeRequest | null = outcome && typed !== null ? { side, outcome, by, amount: formatAmount(typed) } : null;
  const quote = useTradeQuote(ideaId, request, sellingTooMany || spendingTooMuch, marketVersion);
  const costsTooMuch = side === 'BUY' && quote.quote !== undefined && parseAmount(quote.quote.cost) > parseAmount(balance);
  // What rules the trade out as the member types, before anything is sent; the same words as on submit.
  const refusal =
    sellingTooMany && outcome
      ? t('errors.sellingTooMany', { held: held[outcome], outcome: tMarket(`outcomeName.${outcome}`) })
      : spendingTooMuch || costsTooMuch
        ? t('errors.overBalance', { balance: format.amount(balance) })
        : null;

  function validate(): FormErrors {
    const problems: FormErrors[number][] = [];
    if (!outcome) problems.push({ fieldId: FIELD_IDS.outcome, message: t('errors.outcomeMissing') });
    const amountKind = side === 'SELL' ? 'sell' : by;
    if (amount.trim() === '') problems.push({ fieldId: FIELD_IDS.amount, message: t(`errors.amountMissing.${amountKind}`) });
    else if (typed === null) problems.push({ fieldId: FIELD_IDS.amount, message: t(`errors.amountInvalid.${amountKind}`) });
    else if (refusal) problems.push({ fieldId: FIELD_IDS.amount, message: refusal });
    return problems;
  }

  const trade = async () => {
    // validate() has found the outcome and the amount, so the request is there.
    if (!request) return;
    const bound = bounded ? slippageBound((await quote.quoteFor(request)).cost, Number(slippage)) : undefined;
    const placed = await place(request, bound);
    form.setErrors(NO_ERRORS);
    form.setValue('amount', '');
    setDone(placed);
    await onTraded();
  };

  const submit = () => {
    if (form.busy) return;
    setDone(null);
    setPriceMoved(false);
    void form.submit(trade);
  };

  const requote = () => {
    form.setErrors(NO_ERRORS);
    setPriceMoved(false);
    quote.requote();
  };

  return (
    <div>
      {done && <TradeDone trade={done} />}
      <ErrorSummary errors={errors} />
      {priceMoved && (
        <Button type="button" variant="secondary" onClick={requote}>
          {t('requote')}
        </Button>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <TradeFields form={form} side={side} holdsShares={holdsShares} bounded={bounded} held={held} refusal={refusal} />
        <TradeQuote
          request={request}
          refused={refusal !== null}
          quote={quote.quote}
          failure={quote.failure}
          slippage={bounded ? Number(slippage) : null}
          balance={balance}
          held={held}
        />
        <Button disabled={form.busy} aria-disabled={form.busy || undefined}>
          {t(side === 'SELL' ? 'submit.sell' : 'submit.buy')}
        </Button>
      </form>
    </div>
  );
}

/** The success banner: what the trade did and what the wallet holds now. */
function TradeDone({ trade }: { trade: TradeFactsFragment }) {
  const { t } = useTranslation('market', { keyPrefix: 'trade.done' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  const sold = parseAmount(trade.shares) < 0n;
  const facts = {
    shares: magnitude(trade.shares),
    outcome: tMarket(`outcomeName.${trade.outcome}`),
    amount: format.amount(magnitude(trade.cost)),
  };
  return (
    <NotificationBanner success heading={t(sold ? 'sold' : 'bought', facts)}>
      <p className="govuk-body">{t('after', { balance: format.amount(trade.balanceAfter), chance: formatChance(trade.priceYesAfter) })}</p>
    </NotificationBanner>
  );
}
