import { useTranslation } from 'react-i18next';
import { Radios } from '../components/govuk/radios';
import { TextInput } from '../components/govuk/text-input';
import type { Form } from '../forms/use-form';
import { useInstance } from '../instance/instance-context';
import { formatChance, type Outcome } from './market-figures';
import type { BuyBy, Side } from './trade-request';

export const TRADE_FIELD_IDS = {
  side: 'trade-side',
  outcome: 'trade-outcome',
  buyBy: 'trade-buy-by',
  amount: 'trade-amount',
  slippage: 'trade-slippage',
};
export const DEFAULT_SLIPPAGE = '2';
const SLIPPAGES = ['1', '2', '5'];

/** What the member has typed and chosen, as the inputs hold it. */
export interface TradeValues {
  side: Side;
  outcome: Outcome | null;
  buyBy: BuyBy;
  amount: string;
  /** The percent the price may move against the trade. */
  slippage: string;
}

interface TradeFieldsProps {
  form: Form<TradeValues>;
  /** The side in force: a member who holds no shares can only buy. */
  side: Side;
  holdsShares: boolean;
  /** Whether the trade needs a bound on how far the price may move. */
  bounded: boolean;
  held: Readonly<Record<Outcome, string>>;
  /** What rules the typed amount out before anything is sent, shown beside it. */
  refusal: string | null;
}

/** The trade's inputs: side, outcome, how to buy, the amount and the price bound. */
export function TradeFields({ form, side, holdsShares, bounded, held, refusal }: TradeFieldsProps) {
  const { t } = useTranslation('market', { keyPrefix: 'trade' });
  const { t: tMarket } = useTranslation('market');
  const { currencyName } = useInstance();
  const { values, setValue } = form;
  const amountKind = side === 'SELL' ? 'sell' : values.buyBy;
  const outcomeName = (choice: Outcome) => tMarket(`outcomeName.${choice}`);
  const outcomeHint = (choice: Outcome) =>
    side === 'SELL' ? t('outcome.held', { held: held[choice] }) : t(`outcome.${choice === 'YES' ? 'yesHint' : 'noHint'}`);

  return (
    <>
      {holdsShares && (
        <Radios
          id={TRADE_FIELD_IDS.side}
          legend={t('side.legend')}
          legendSize="s"
          inline
          items={[
            { value: 'BUY', text: t('side.buy') },
            { value: 'SELL', text: t('side.sell') },
          ]}
          value={side}
          onChange={(value) => setValue('side', value as Side)}
        />
      )}
      <Radios
        id={TRADE_FIELD_IDS.outcome}
        legend={t('outcome.legend')}
        legendSize="s"
        error={form.errorFor(TRADE_FIELD_IDS.outcome)}
        items={[
          { value: 'YES', text: outcomeName('YES'), hint: outcomeHint('YES') },
          { value: 'NO', text: outcomeName('NO'), hint: outcomeHint('NO') },
        ]}
        value={values.outcome}
        onChange={(value) => setValue('outcome', value as Outcome)}
      />
      {side === 'BUY' && (
        <Radios
          id={TRADE_FIELD_IDS.buyBy}
          legend={t('buyBy.legend')}
          legendSize="s"
          items={[
            { value: 'spend', text: t('buyBy.spend') },
            { value: 'shares', text: t('buyBy.shares') },
          ]}
          value={values.buyBy}
          onChange={(value) => setValue('buyBy', value as BuyBy)}
        />
      )}
      <TextInput
        id={TRADE_FIELD_IDS.amount}
        label={t(`amount.${amountKind}.label`, { currency: currencyName })}
        hint={t(`amount.${amountKind}.hint`)}
        error={refusal ?? form.errorFor(TRADE_FIELD_IDS.amount)}
        widthClass="govuk-input--width-10"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={values.amount}
        onChange={(event) => {
          setValue('amount', event.target.value);
          // What was said of the last amount no longer holds; the refusal as typed speaks for the new one.
          form.setErrors((shown) => shown.filter((error) => error.fieldId !== TRADE_FIELD_IDS.amount));
        }}
      />
      {bounded && (
        <Radios
          id={TRADE_FIELD_IDS.slippage}
          legend={t('slippage.legend')}
          legendSize="s"
          hint={t(side === 'SELL' ? 'slippage.hintSell' : 'slippage.hintBuy')}
          error={form.errorFor(TRADE_FIELD_IDS.slippage)}
          inline
          small
          items={SLIPPAGES.map((percent) => ({ value: percent, text: formatChance(Number(percent) / 100) }))}
          value={values.slippage}
          onChange={(value) => setValue('slippage', value)}
        />
      )}
    </>
  );
}
