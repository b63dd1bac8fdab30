import type { Hundredths } from './amount';

/** One line of a journal entry: an amount of one asset into (positive) or out of (negative) an account. */
export interface AssetPosting {
  asset: string;
  amount: Hundredths;
}

/** The assets whose postings do not sum to zero; an entry balances when this is empty. */
export function unbalancedAssets(postings: readonly AssetPosting[]): string[] {
  const totals = new Map<string, Hundredths>();
  for (const posting of postings) totals.set(posting.asset, (totals.get(posting.asset) ?? 0n) + posting.amount);
  return [...totals].filter(([, total]) => total !== 0n).map(([asset]) => asset);
}
