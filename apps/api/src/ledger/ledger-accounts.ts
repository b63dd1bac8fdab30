import type { Outcome } from '@idea-exchange/market-maker';

export type AccountKind = 'TREASURY' | 'WALLET' | 'POOL' | 'POSITION' | 'SHARES_ISSUED';

/** Names an account without knowing its row: the ledger finds or opens it. */
export type AccountRef =
  | { kind: 'TREASURY' }
  | { kind: 'WALLET'; memberId: string }
  | { kind: 'POOL'; marketId: string }
  | { kind: 'POSITION'; marketId: string; memberId: string; outcome: Outcome }
  | { kind: 'SHARES_ISSUED'; marketId: string; outcome: Outcome };

export const CURRENCY = 'CURRENCY';

export const Accounts = {
  treasury: (): AccountRef => ({ kind: 'TREASURY' }),
  wallet: (memberId: string): AccountRef => ({ kind: 'WALLET', memberId }),
  pool: (marketId: string): AccountRef => ({ kind: 'POOL', marketId }),
  position: (marketId: string, memberId: string, outcome: Outcome): AccountRef => ({ kind: 'POSITION', marketId, memberId, outcome }),
  sharesIssued: (marketId: string, outcome: Outcome): AccountRef => ({ kind: 'SHARES_ISSUED', marketId, outcome }),
};

/**
 * The account's unique key within its tenant. Accounts are locked in key order, so two
 * transactions touching the same accounts always queue instead of deadlocking.
 */
export function accountKey(ref: AccountRef): string {
  switch (ref.kind) {
    case 'TREASURY':
      return 'treasury';
    case 'WALLET':
      return `wallet:${ref.memberId}`;
    case 'POOL':
      return `pool:${ref.marketId}`;
    case 'POSITION':
      return `position:${ref.marketId}:${ref.outcome}:${ref.memberId}`;
    case 'SHARES_ISSUED':
      return `issued:${ref.marketId}:${ref.outcome}`;
  }
}

/** What the account holds: currency, or one outcome's shares of one market. */
export function assetOf(ref: AccountRef): string {
  return ref.kind === 'POSITION' || ref.kind === 'SHARES_ISSUED' ? `${ref.marketId}:${ref.outcome}` : CURRENCY;
}

/** Issuers create value by going negative; every other account must stay at zero or above. */
export function mayGoNegative(kind: AccountKind): boolean {
  return kind === 'TREASURY' || kind === 'SHARES_ISSUED';
}

export function columnsOf(ref: AccountRef): { memberId: string | null; marketId: string | null; outcome: Outcome | null } {
  return {
    memberId: ref.kind === 'WALLET' || ref.kind === 'POSITION' ? ref.memberId : null,
    marketId: ref.kind === 'POOL' || ref.kind === 'POSITION' || ref.kind === 'SHARES_ISSUED' ? ref.marketId : null,
    outcome: ref.kind === 'POSITION' || ref.kind === 'SHARES_ISSUED' ? ref.outcome : null,
  };
}
