import { unbalancedAssets } from '@idea-exchange/money';
import { walletReasonText, type WalletReason } from '@idea-exchange/wording';
import type { TenantTx } from '../database/tenant-transaction';
import { accountKey, assetOf, mayGoNegative, type AccountKind, type AccountRef } from './ledger-accounts';
import { InsufficientFunds, NegativeBalance, NotEnoughShares, UnbalancedEntry } from './ledger.errors';

export type EntryKind = 'STARTING_GRANT' | 'RECRUIT_BONUS' | 'STAGE_REWARD' | 'MARKET_SUBSIDY' | 'TRADE' | 'SETTLEMENT';

export interface Posting {
  account: AccountRef;
  /** Hundredths of the account's asset: positive in, negative out. */
  amount: bigint;
}

export interface JournalEntry {
  kind: EntryKind;
  /** Why the money moved, worded for each member in their wallet history. */
  reason: WalletReason;
  /** The member the entry is for (the grantee, the trader, the inviter). */
  memberId?: string | null;
  ideaId?: string | null;
  postings: Posting[];
}

export interface LockedAccount {
  id: string;
  key: string;
  kind: AccountKind;
  balance: bigint;
}

/** Entries are fed when they move what members own: their wallets and positions. */
const FED_KINDS: ReadonlySet<AccountKind> = new Set(['WALLET', 'POSITION']);

export interface AccountRow {
  id: string;
  key: string;
  kind: AccountKind;
  balance: string;
}

/** Same account twice in one entry becomes one posting; zero postings are dropped. */
export function merge(postings: Posting[]): Map<string, Posting> {
  const byKey = new Map<string, Posting>();
  for (const posting of postings) {
    const key = accountKey(posting.account);
    const amount = (byKey.get(key)?.amount ?? 0n) + posting.amount;
    byKey.set(key, { account: posting.account, amount });
  }
  for (const [key, posting] of byKey) if (posting.amount === 0n) byKey.delete(key);
  return byKey;
}

/** An entry checked against the batch's running balances, waiting to be written. */
export interface StagedEntry {
  /** Each touched account's balance once the entry is applied (in the batch's order). */
  balanceAfter(account: AccountRef): bigint;
}

interface StagedLine {
  accountId: string;
  amount: bigint;
  balance: bigint;
}

const WRITE_ENTRIES = `WITH entry AS (
     INSERT INTO journal_entries (tenant_id, kind, reason, reason_kind, reason_params, member_id, idea_id)
     SELECT $1, e.kind, e.reason, e.reason_kind, e.reason_params::jsonb, e.member_id, e.idea_id
       FROM unnest($2::text[], $3::text[], $13::text[], $14::text[], $4::uuid[], $5::uuid[])
            WITH ORDINALITY AS e(kind, reason, reason_kind, reason_params, member_id, idea_id, ord)
      ORDER BY e.ord
     RETURNING id
   ), numbered AS (
     -- Identity values are drawn as the rows are inserted, in the order above, so they rise
     -- with it: the n-th smallest id is the n-th entry.
     SELECT id, row_number() OVER (ORDER BY id) AS ord FROM entry
   ), moved AS (
     INSERT INTO postings (tenant_id, entry_id, account_id, amount, balance_after)
     SELECT $1, n.id, p.account_id, p.amount, p.balance_after
       FROM unnest($6::int[], $7::uuid[], $8::bigint[], $9::bigint[]) AS p(ord, account_id, amount, balance_after)
       JOIN numbered n ON n.ord = p.ord
   ), applied AS (
     UPDATE ledger_accounts a SET balance = a.balance + d.amount
       FROM unnest($10::uuid[], $11::bigint[]) AS d(account_id, amount)
      WHERE a.tenant_id = $1 AND a.id = d.account_id
   ), fed AS (
     INSERT INTO ledger_feed (tenant_id, entry_id)
     SELECT $1, n.id FROM numbered n JOIN unnest($12::int[]) AS f(ord) ON f.ord = n.ord
   )
   SELECT id::text AS id FROM numbered ORDER BY ord`;

/**
 * Entries staged under one set of account locks and written together. `stage` refuses an entry
 * (unbalanced, or taking an account below zero) without touching the batch, so one refused
 * entry leaves the others to be written.
 */
export class LedgerBatch {
  private readonly balances = new Map<string, bigint>();
  private readonly entries: Array<{ entry: JournalEntry; lines: StagedLine[]; fed: boolean }> = [];

  constructor(
    private readonly tx: TenantTx,
    private readonly accounts: Map<string, LockedAccount>,
    private readonly fed: (tenantId: string) => void,
  ) {
    for (const [key, account] of accounts) this.balances.set(key, account.balance);
  }

  /** The account's balance with every entry staged so far applied (zero for one not locked). */
  balanceOf(account: AccountRef): bigint {
    return this.balances.get(accountKey(account)) ?? 0n;
  }

  stage(entry: JournalEntry): StagedEntry {
    const postings = merge(entry.postings);
    if (postings.size === 0) throw new UnbalancedEntry(['(no postings)']);
    const unbalanced = unbalancedAssets([...postings.values()].map((p) => ({ asset: assetOf(p.account), amount: p.amount })));
    if (unbalanced.length > 0) throw new UnbalancedEntry(unbalanced);

    const lines = [...postings].map(([key, posting]) => {
      const account = this.accounts.get(key);
      if (!account) throw new Error(`account ${key} was not locked for this batch`);
      const before = this.balances.get(key) ?? account.balance;
      const balance = before + posting.amount;
      if (balance < 0n && !mayGoNegative(account.kind)) throw overdrawn(account, before, posting.amount);
      return { key, accountId: account.id, amount: posting.amount, balance };
    });
    for (const line of lines) this.balances.set(line.key, line.balance);
    const fed = [...postings.values()].some((posting) => FED_KINDS.has(posting.account.kind));
    this.entries.push({ entry, lines, fed });
    // As they stand right after this entry, including locked accounts it did not move.
    const after = new Map(this.balances);
    return {
      balanceAfter: (account) => {
        const balance = after.get(accountKey(account));
        if (balance === undefined) throw new Error(`account ${accountKey(account)} is not part of this entry`);
        return balance;
      },
    };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Writes every staged entry, its postings, the balances and the feed; returns the entry ids in staging order. */
  async write(): Promise<string[]> {
    if (this.entries.length === 0) return [];
    const tx = this.tx;
    const postingOrds: number[] = [];
    const lines: StagedLine[] = [];
    const net = new Map<string, bigint>();
    for (const [i, staged] of this.entries.entries()) {
      for (const line of staged.lines) {
        postingOrds.push(i + 1);
        lines.push(line);
        net.set(line.accountId, (net.get(line.accountId) ?? 0n) + line.amount);
      }
    }
    const fedOrds = this.entries.flatMap((staged, i) => (staged.fed ? [i + 1] : []));
    const rows = await tx.prepared<{ id: string }>('ledger_write_entries', WRITE_ENTRIES, [
      tx.tenantId,
      this.entries.map((staged) => staged.entry.kind),
      // The English sentence stays beside the kind: the record of what the entry said when written.
      this.entries.map((staged) => walletReasonText('en', staged.entry.reason)),
      this.entries.map((staged) => staged.entry.memberId ?? null),
      this.entries.map((staged) => staged.entry.ideaId ?? null),
      postingOrds,
      lines.map((line) => line.accountId),
      lines.map((line) => line.amount.toString()),
      lines.map((line) => line.balance.toString()),
      [...net.keys()],
      [...net.values()].map((amount) => amount.toString()),
      fedOrds,
      this.entries.map((staged) => staged.entry.reason.kind),
      this.entries.map((staged) => JSON.stringify(staged.entry.reason.params)),
    ]);
    if (fedOrds.length > 0) {
      const tenantId = tx.tenantId;
      tx.afterCommit(() => this.fed(tenantId));
    }
    return rows.map((row) => row.id);
  }
}

export function lockedAccount(row: AccountRow): LockedAccount {
  return { id: row.id, key: row.key, kind: row.kind, balance: BigInt(row.balance) };
}

function overdrawn(account: LockedAccount, balance: bigint, amount: bigint): Error {
  if (account.kind === 'WALLET') return new InsufficientFunds(-amount, balance);
  if (account.kind === 'POSITION') return new NotEnoughShares(-amount, balance);
  return new NegativeBalance(account.key, balance + amount);
}
