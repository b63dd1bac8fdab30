import { isWalletReasonKind } from '@idea-exchange/wording';
import { useTranslation } from 'react-i18next';
import type { WalletHistoryQuery } from '../generated/graphql';

type Entry = Pick<WalletHistoryQuery['walletHistory'][number], 'reason' | 'reasonKind' | 'reasonParams'>;

/**
 * Why money moved, worded in the page's language from the reason's kind and values (an outcome
 * named as the market names it: IE and NA in Welsh); a kind this build does not know yet shows
 * the API's own wording.
 */
export function useWalletReason(): (entry: Entry) => string {
  const { t } = useTranslation('wallet', { keyPrefix: 'history.reasons' });
  const { t: tMarket } = useTranslation('market');
  return (entry) => {
    if (!isWalletReasonKind(entry.reasonKind)) return entry.reason;
    const values = Object.fromEntries(entry.reasonParams.map((param) => [param.name, param.value]));
    if (values.outcome === 'YES' || values.outcome === 'NO') values.outcome = tMarket(`outcomeName.${values.outcome}`);
    return t(entry.reasonKind, { ...values, defaultValue: entry.reason });
  };
}
