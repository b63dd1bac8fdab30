import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InstanceContext } from '../instance/instance-context';
import { formatAmountNumber, formatCount, formatDate, formatDateTime } from './format';

export interface Formats {
  /** "1,234.50 Peas": an API Amount with the instance's currency name (or the one given). */
  amount(amount: string, currencyName?: string): string;
  count(count: number): string;
  /** "3 December 2019" or "3 Rhagfyr 2019", from an API DateTime, on the UK's calendar. */
  date(dateTime: string): string;
  /** "3 December 2019 at 9:54am" or "3 Rhagfyr 2019 am 9:54yb", on the UK's clock. */
  dateTime(dateTime: string): string;
}

/** Numbers, amounts and dates in the language the pages are showing. */
export function useFormat(): Formats {
  // t is a new function whenever the language changes, so the formats follow it.
  const { t } = useTranslation();
  const instanceCurrency = useContext(InstanceContext)?.currencyName;
  return useMemo(
    () => ({
      amount(amount, currencyName = instanceCurrency) {
        if (currencyName === undefined) throw new Error('useFormat().amount needs a currency name outside an instance');
        return t('amount', { amount: formatAmountNumber(amount), currency: currencyName });
      },
      count: (count) => formatCount(count),
      date: (dateTime) => formatDate(dateTime, t),
      dateTime: (dateTime) => formatDateTime(dateTime, t),
    }),
    [instanceCurrency, t],
  );
}
