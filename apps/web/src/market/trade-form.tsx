import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Radios } from '../components/govuk/radios';
import { TextInput } from '../components/govuk/text-input';
import { useErrorWording } from '../forms/error-wording';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../forms/form-errors';
import {
  BuySharesDocument,
  SellSharesDocument,
  TradeQuoteDocument,
  type QuoteInput,
  type TradeFactsFragment,
  type TradeQuoteQuery,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useInstance } from '../instance/instance-context';
import { formatChance, magnitude, readAmount, slippageBound, type Outcome } from './market-figures';
import { TradeQuote } from './trade-quote';
import { useDebouncedValue } from './use-debounced-value';
import { useErrorTitle } from './use-error-title';

type Side = 'BUY' | 'SELL';
type BuyBy = 'spend' | 'shares';

/** What the member asks for, once the form says enough to quote it. */
interface TradeRequest {
  side: Side;
  outcome: Outcome;
  by: BuyBy;
  /** An API Amount: currency to spend, or shares. */
  amount: string;
}

const FIELD_IDS = {
  side: 'trade-side',
  outcome: 'trade-outcome',
  buyBy: 'trade-buy-by',
  amount: 'trade-amount',
  slippage: 'trade-slippage',
};
/** The API's field names -> the inputs that hold them. */
const API_FIELDS = {
  outcome: FIELD_IDS.outcome,
  spend: FIELD_IDS.amount,
  shares: FIELD_IDS.amount,
  maxCost: FIELD_IDS.slippage,
  minProceeds: FIELD_IDS.slippage,
};
const SLIPPAGES = ['1', '2', '5'];
const DEFAULT_SLIPPAGE = '2';
const QUOTE_DELAY_MS = 400;

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

const quoteInputOf = (ideaId: string, request: TradeRequest): QuoteInput => ({
  ideaId,
  outcome: request.outcome,
  side: request.side,
  [request.by]: request.amount,
});

const codeOf = (error: unknown) => (CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined);

/** Buy or sell one outcome's shares, with a live quote and a bound on how far the price may move. */
export function TradeForm({ ideaId, held, balance, marketVersion, onTraded }: TradeFormProps) {
  const { t } = useTranslation('market', { keyPrefix: 'trade' });
  const { t: tMarket } = useTranslation('market');
  const format = useFormat();
  const { currencyName } = useInstance();
  const client = useApolloClient();
  const [buy] = useMutation(BuySharesDocument);
  const [sell] = useMutation(SellSharesDocument);

  const holdsShares = parseAmount(held.YES) > 0n || parseAmount(held.NO) > 0n;
  const [chosenSide, setSide] = useState<Side>('BUY');
  const side: Side = holdsShares ? chosenSide : 'BUY';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [buyBy, setBuyBy] = useState<BuyBy>('spend');
  const [amount, setAmount] = useState('');
  const [slippage, setSlippage] = useState(DEFAULT_SLIPPAGE);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [priceMoved, setPriceMoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<TradeFactsFragment | null>(null);
  // The key of the submission being tried: a retry of the same trade sends it again, so the
  // API moves nothing twice if the first attempt went through unseen.
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  useErrorTitle(errors.length > 0);

  const by: BuyBy = side === 'SELL' ? 'shares' : buyBy;
  // Buying for an amount never costs more than that amount, so only the other trades need a bound.
  const bounded = side === 'SELL' || by === 'shares';
  const typed = readAmount(amount);
  const sellingTooMany = side === 'SELL' && outcome !== null && typed !== null && typed > parseAmount(held[outcome]);
  const spendingTooMuch = side === 'BUY' && by === 'spend' && typed !== null && typed > parseAmount(balance);
  const request: TradeRequest | null = outcome && typed !== null ? { side, outcome, by, amount: formatAmount(typed) } : null;
  const signature = request ? JSON.stringify(request) : null;
  const settled = useDebouncedValue(sellingTooMany || spendingTooMuch ? null : signature, QUOTE_DELAY_MS);
  const settledRequest = settled ? (JSON.parse(settled) as TradeRequest) : null;
  const quote = useQuery(
    TradeQuoteDocument,
    settledRequest ? { variables: { input: quoteInputOf(ideaId, settledRequest) }, fetchPolicy: 'network-only' } : skipToken,
  );
  const shownQuote = settled !== null && settled === signature ? quote.data?.quote : undefined;
  const costsTooMuch = side === 'BUY' && shownQuote !== undefined && parseAmount(shownQuote.cost) > parseAmount(balance);
  const outcomeName = (choice: Outcome) => tMarket(`outcomeName.${choice}`);
  // What rules the trade out as the member types, before anything is sent; the same words as on submit.
  const refusal =
    sellingTooMany && outcome
      ? t('errors.sellingTooMany', { held: held[outcome], outcome: outcomeName(outcome) })
      : spendingTooMuch || costsTooMuch
        ? t('errors.overBalance', { balance: format.amount(balance) })
        : null;

  // Another trade moved the price: what this one would do has changed too.
  const { refetch } = quote;
  const seenVersion = useRef(marketVersion);
  useEffect(() => {
    if (seenVersion.current === marketVersion) return;
    seenVersion.current = marketVersion;
    if (settled) void refetch().catch(() => undefined);
  }, [marketVersion, refetch, settled]);

  const wording = useErrorWording({
    INSUFFICIENT_FUNDS: t('errors.insufficientFunds', { balance: format.amount(balance) }),
    SLIPPAGE_EXCEEDED: t('errors.priceMoved', { percent: slippage }),
    MARKET_CLOSED: t('errors.marketClosed'),
    FORBIDDEN: t('errors.forbidden'),
    NOT_FOUND: t('errors.notFound'),
  });

  const validate = (): FormErrors => {
    const problems: FormErrors[number][] = [];
    if (!outcome) problems.push({ fieldId: FIELD_IDS.outcome, message: t('errors.outcomeMissing') });
    const amountKind = side === 'SELL' ? 'sell' : by;
    if (amount.trim() === '') problems.push({ fieldId: FIELD_IDS.amount, message: t(`errors.amountMissing.${amountKind}`) });
    else if (typed === null) problems.push({ fieldId: FIELD_IDS.amount, message: t(`errors.amountInvalid.${amountKind}`) });
    else if (refusal) problems.push({ fieldId: FIELD_IDS.amount, message: refusal });
    return problems;
  };

  const askQuote = async (wanted: TradeRequest): Promise<TradeQuoteQuery['quote']> => {
    if (shownQuote) return shownQuote;
    const { data } = await client.query({
      query: TradeQuoteDocument,
      variables: { input: quoteInputOf(ideaId, wanted) },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('quote returned no data');
    return data.quote;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    setPriceMoved(false);
    const problems = validate();
    if (problems.length > 0 || !request || !signature) {
      setErrors(problems);
      return;
    }
    const key = attempt.current?.signature === signature ? attempt.current.key : crypto.randomUUID();
    attempt.current = { signature, key };
    setBusy(true);
    try {
      const bound = bounded ? slippageBound((await askQuote(request)).cost, Number(slippage)) : undefined;
      const trade =
        request.side === 'BUY'
          ? (
              await buy({
                variables: {
                  input: { ideaId, outcome: request.outcome, [request.by]: request.amount, maxCost: bound, idempotencyKey: key },
                },
              })
            ).data?.buyShares
          : (
              await sell({
                variables: { input: { ideaId, outcome: request.outcome, shares: request.amount, minProceeds: bound, idempotencyKey: key } },
              })
            ).data?.sellShares;
      if (!trade) throw new Error('the trade returned no data');
      attempt.current = null;
      setErrors(NO_ERRORS);
      setAmount('');
      setDone(trade);
      await onTraded();
    } catch (error) {
      setPriceMoved(codeOf(error) === 'SLIPPAGE_EXCEEDED');
      setErrors(formErrorsFrom(error, API_FIELDS, wording));
    } finally {
      setBusy(false);
    }
  };

  const requote = () => {
    setErrors(NO_ERRORS);
    setPriceMoved(false);
    if (settled) void refetch().catch(() => undefined);
  };

  const amountKind = side === 'SELL' ? 'sell' : by;
  const outcomeHint = (choice: Outcome) =>
    side === 'SELL' ? t('outcome.held', { held: held[choice] }) : t(`outcome.${choice === 'YES' ? 'yesHint' : 'noHint'}`);

  return (
    <div>
      {done && <TradeDone trade={done} />}
      <ErrorSummary errors={errors} />
      {priceMoved && (
        <Button type="button" variant="secondary" onClick={requote}>
          {t('requote')}
        </Button>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {holdsShares && (
          <Radios
            id={FIELD_IDS.side}
            legend={t('side.legend')}
            legendSize="s"
            inline
            items={[
              { value: 'BUY', text: t('side.buy') },
              { value: 'SELL', text: t('side.sell') },
            ]}
            value={side}
            onChange={(value) => setSide(value as Side)}
          />
        )}
        <Radios
          id={FIELD_IDS.outcome}
          legend={t('outcome.legend')}
          legendSize="s"
          error={errorFor(errors, FIELD_IDS.outcome)}
          items={[
            { value: 'YES', text: outcomeName('YES'), hint: outcomeHint('YES') },
            { value: 'NO', text: outcomeName('NO'), hint: outcomeHint('NO') },
          ]}
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
        />
        {side === 'BUY' && (
          <Radios
            id={FIELD_IDS.buyBy}
            legend={t('buyBy.legend')}
            legendSize="s"
            items={[
              { value: 'spend', text: t('buyBy.spend') },
              { value: 'shares', text: t('buyBy.shares') },
            ]}
            value={buyBy}
            onChange={(value) => setBuyBy(value as BuyBy)}
          />
        )}
        <TextInput
          id={FIELD_IDS.amount}
          label={t(`amount.${amountKind}.label`, { currency: currencyName })}
          hint={t(`amount.${amountKind}.hint`)}
          error={refusal ?? errorFor(errors, FIELD_IDS.amount)}
          widthClass="govuk-input--width-10"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={amount}
          onChange={(event) => {
            setAmount(event.target.value);
            // What was said of the last amount no longer holds; the refusal as typed speaks for the new one.
            setErrors((shown) => shown.filter((error) => error.fieldId !== FIELD_IDS.amount));
          }}
        />
        {bounded && (
          <Radios
            id={FIELD_IDS.slippage}
            legend={t('slippage.legend')}
            legendSize="s"
            hint={t(side === 'SELL' ? 'slippage.hintSell' : 'slippage.hintBuy')}
            error={errorFor(errors, FIELD_IDS.slippage)}
            inline
            small
            items={SLIPPAGES.map((percent) => ({ value: percent, text: formatChance(Number(percent) / 100) }))}
            value={slippage}
            onChange={setSlippage}
          />
        )}
        <TradeQuote
          request={request}
          refused={refusal !== null}
          quote={shownQuote}
          failure={shownQuote || !settled || settled !== signature ? undefined : quote.error}
          slippage={bounded ? Number(slippage) : null}
          balance={balance}
          held={held}
        />
        <Button disabled={busy} aria-disabled={busy || undefined}>
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
