import { Injectable } from '@nestjs/common';
import type { Outcome } from '@idea-exchange/market-maker';
import type { WalletReason, WalletReasonKind } from '@idea-exchange/wording';
import type { TenantTx } from '../database/tenant-transaction';
import { Accounts, accountKey, assetOf, columnsOf, type AccountRef } from './ledger-accounts';
import { LedgerBatch, lockedAccount, merge, type AccountRow, type EntryKind, type JournalEntry, type LockedAccount } from './ledger-batch';

export interface PostedEntry {
  entryId: string;
  /** Each touched account's balance once the entry is applied. */
  balanceAfter(account: AccountRef): bigint;
}

/** A wallet or position posting as a follower of the ledger's feed receives it. */
export interface FedPosting {
  account: Extract<AccountRef, { kind: 'WALLET' | 'POSITION' }>;
  amount: bigint;
  entryKind: EntryKind;
  at: Date;
}

interface FedRow {
  account_kind: 'WALLET' | 'POSITION';
  member_id: string;
  market_id: string | null;
  outcome: Outcome | null;
  amount: string;
  entry_kind: EntryKind;
  at: Date;
}

export interface WalletLine {
  entryId: string;
  at: Date;
  amount: bigint;
  balanceAfter: bigint;
  reason: WalletReason;
  ideaId: string | null;
}

export interface PositionBalance {
  marketId: string;
  memberId: string;
  outcome: Outcome;
  shares: bigint;
}

/** A position as its market's settlement redeemed it: the shares held then, and when. */
export interface RedeemedPosition extends PositionBalance {
  settledAt: Date;
}

/**
 * The one place value moves. `post` checks that an entry balances per asset and that no account
 * that must stay at zero or above would go below it, then appends the entry and its postings and
 * applies them to the balances, all inside the caller's transaction. Entries that move wallets
 * or positions also go on the ledger's feed, which followers take after the fact (`takeFed`),
 * told by `onFed` once such an entry has committed.
 */
/**
 * Relations other capabilities own that name a member's positions, each SQL over the tenant `$1`:
 * open markets (id, idea_id) and ideas' titles (id, title).
 */
export interface PositionNameSources {
  openMarkets: string;
  ideaTitles: string;
}

@Injectable()
export class LedgerService {
  private readonly followers: Array<(tenantId: string) => void> = [];
  private readonly names: Partial<PositionNameSources> = {};

  /**
   * Called at start-up by the capability that owns the relation (market, ideas): they build on
   * the ledger, so they hand in their SQL and naming positions stays one statement.
   */
  addNameSource(name: keyof PositionNameSources, sql: string): void {
    this.names[name] = sql;
  }

  /** Calls `follower` with the tenant after each commit that fed entries. */
  onFed(follower: (tenantId: string) => void): void {
    this.followers.push(follower);
  }

  async post(tx: TenantTx, entry: JournalEntry): Promise<PostedEntry> {
    const batch = await this.batch(
      tx,
      [...merge(entry.postings).values()].map((posting) => posting.account),
    );
    const staged = batch.stage(entry);
    const [entryId] = await batch.write();
    return { entryId, balanceAfter: staged.balanceAfter };
  }

  /**
   * Locks `accounts` for a batch of entries (a market's trades, taken together): entries are
   * checked and staged one after another against the running balances, each on its own, and
   * then written together, one statement for all of them.
   */
  async batch(tx: TenantTx, accounts: AccountRef[]): Promise<LedgerBatch> {
    return new LedgerBatch(tx, await this.lock(tx, accounts), (tenantId) => {
      for (const follower of this.followers) follower(tenantId);
    });
  }

  /** Whether any entry waits on the instance's feed (a follower's cheap check before it takes). */
  async fedWaiting(tx: TenantTx): Promise<boolean> {
    const row = await tx.one<{ waiting: boolean }>(`SELECT ${this.fedWaitingSql('$1')} AS waiting`, [tx.tenantId]);
    return row?.waiting ?? false;
  }

  /**
   * The same check as SQL over the tenant given (a parameter), for a follower to ask inside a
   * statement of its own rather than in a round trip before it.
   */
  fedWaitingSql(tenant: string): string {
    return `EXISTS (SELECT 1 FROM ledger_feed WHERE tenant_id = ${tenant})`;
  }

  /**
   * Takes up to `limit` entries off the feed, oldest first, and returns their wallet and position
   * postings. The caller's transaction deletes what it takes, so a rollback puts them back, and
   * entries of transactions not yet committed wait for the next take.
   */
  async takeFed(tx: TenantTx, limit: number): Promise<{ entries: number; postings: FedPosting[] }> {
    const rows = await tx.query<FedRow & { entries: number }>(
      `WITH taken AS (
         DELETE FROM ledger_feed f
          WHERE f.tenant_id = $1
            AND f.entry_id IN (SELECT entry_id FROM ledger_feed WHERE tenant_id = $1 ORDER BY entry_id LIMIT $2)
         RETURNING f.entry_id
       )
       SELECT a.kind AS account_kind, a.member_id, a.market_id, a.outcome, p.amount::text AS amount,
              e.kind AS entry_kind, e.created_at AS at, (SELECT count(*)::int FROM taken) AS entries
         FROM taken t
         JOIN journal_entries e ON e.tenant_id = $1 AND e.id = t.entry_id
         JOIN postings p ON p.tenant_id = $1 AND p.entry_id = t.entry_id
         JOIN ledger_accounts a ON a.tenant_id = $1 AND a.id = p.account_id
        WHERE a.kind IN ('WALLET', 'POSITION')
        ORDER BY t.entry_id, a.key`,
      [tx.tenantId, limit],
    );
    const postings = rows.map((row): FedPosting => {
      const account: FedPosting['account'] =
        row.account_kind === 'WALLET'
          ? { kind: 'WALLET', memberId: row.member_id }
          : { kind: 'POSITION', marketId: row.market_id ?? '', memberId: row.member_id, outcome: row.outcome ?? 'YES' };
      return { account, amount: BigInt(row.amount), entryKind: row.entry_kind, at: row.at };
    });
    return { entries: rows[0]?.entries ?? 0, postings };
  }

  /**
   * Locks accounts (opening any that do not exist yet) in key order, the one order every
   * transaction uses, and returns them by key with their current balances.
   */
  async lock(tx: TenantTx, refs: AccountRef[]): Promise<Map<string, LockedAccount>> {
    const byKey = new Map(refs.map((ref) => [accountKey(ref), ref]));
    const keys = [...byKey.keys()].sort();
    const found = await this.select(tx, keys);
    const refsMissing = [...byKey].filter(([key]) => !found.has(key)).map(([, ref]) => ref);
    if (refsMissing.length === 0) return found;
    const missing = refsMissing.map(accountKey);
    const columns = refsMissing.map(columnsOf);
    // A row this transaction inserts is its own until commit, as good as locked; only a key
    // another transaction opened meanwhile needs the locking read again.
    const opened = await tx.prepared<AccountRow>(
      'ledger_open_accounts',
      `INSERT INTO ledger_accounts (tenant_id, key, kind, asset, member_id, market_id, outcome)
       SELECT $1, a.key, a.kind, a.asset, a.member_id, a.market_id, a.outcome
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
           AS a(key, kind, asset, member_id, market_id, outcome)
        ORDER BY a.key
       ON CONFLICT (tenant_id, key) DO NOTHING
       RETURNING id, key, kind, balance`,
      [
        tx.tenantId,
        missing,
        refsMissing.map((ref) => ref.kind),
        refsMissing.map(assetOf),
        columns.map((c) => c.memberId),
        columns.map((c) => c.marketId),
        columns.map((c) => c.outcome),
      ],
    );
    for (const row of opened) found.set(row.key, lockedAccount(row));
    const raced = missing.filter((key) => !found.has(key));
    if (raced.length > 0) for (const [key, account] of await this.select(tx, raced)) found.set(key, account);
    return found;
  }

  private async select(tx: TenantTx, keys: string[]): Promise<Map<string, LockedAccount>> {
    const rows = await tx.prepared<AccountRow>(
      'ledger_lock_accounts',
      `SELECT id, key, kind, balance FROM ledger_accounts
        WHERE tenant_id = $1 AND key = ANY($2::text[]) ORDER BY key FOR UPDATE`,
      [tx.tenantId, keys],
    );
    return new Map(rows.map((row) => [row.key, lockedAccount(row)]));
  }

  /** An account's balance (zero for one never opened), without locking it. */
  async balanceOf(tx: TenantTx, account: AccountRef): Promise<bigint> {
    const row = await tx.one<{ balance: string }>('SELECT balance FROM ledger_accounts WHERE tenant_id = $1 AND key = $2', [
      tx.tenantId,
      accountKey(account),
    ]);
    return row ? BigInt(row.balance) : 0n;
  }

  async walletBalances(tx: TenantTx, memberIds: readonly string[]): Promise<Map<string, bigint>> {
    const rows = await tx.query<{ member_id: string; balance: string }>(
      `SELECT member_id, balance FROM ledger_accounts WHERE tenant_id = $1 AND key = ANY($2::text[])`,
      [tx.tenantId, memberIds.map((id) => accountKey(Accounts.wallet(id)))],
    );
    return new Map(rows.map((row) => [row.member_id, BigInt(row.balance)]));
  }

  /** Every entry that touched the member's wallet, newest first, after the entry id `before`. */
  async walletHistory(tx: TenantTx, memberId: string, first: number, before?: string): Promise<WalletLine[]> {
    const rows = await tx.query<{
      entry_id: string;
      at: Date;
      amount: string;
      balance_after: string;
      reason_kind: WalletReasonKind;
      reason_params: Record<string, string>;
      idea_id: string | null;
    }>(
      `SELECT p.entry_id::text, e.created_at AS at, p.amount, p.balance_after, e.reason_kind, e.reason_params, e.idea_id
         FROM ledger_accounts a
         JOIN postings p ON p.tenant_id = a.tenant_id AND p.account_id = a.id
         JOIN journal_entries e ON e.tenant_id = p.tenant_id AND e.id = p.entry_id
        WHERE a.tenant_id = $1 AND a.key = $2 AND ($3::bigint IS NULL OR p.entry_id < $3::bigint)
        ORDER BY p.entry_id DESC
        LIMIT $4`,
      [tx.tenantId, accountKey(Accounts.wallet(memberId)), before ?? null, first],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      at: row.at,
      amount: BigInt(row.amount),
      balanceAfter: BigInt(row.balance_after),
      reason: { kind: row.reason_kind, params: row.reason_params },
      ideaId: row.idea_id,
    }));
  }

  /** Positions holding shares: one member's (any market), or one market's (any member). */
  async positions(tx: TenantTx, of: { memberId: string } | { marketId: string }): Promise<PositionBalance[]> {
    const byMember = 'memberId' in of;
    const rows = await tx.query<{ market_id: string; member_id: string; outcome: Outcome; balance: string }>(
      `SELECT market_id, member_id, outcome, balance FROM ledger_accounts
        WHERE tenant_id = $1 AND ${byMember ? 'member_id' : 'market_id'} = $2 AND kind = 'POSITION' AND balance > 0
        ORDER BY key`,
      [tx.tenantId, byMember ? of.memberId : of.marketId],
    );
    return rows.map((row) => ({ marketId: row.market_id, memberId: row.member_id, outcome: row.outcome, shares: BigInt(row.balance) }));
  }

  /**
   * Positions as settlements redeemed them, read from the SETTLEMENT entries' position postings
   * (a settlement takes every share back to its issuer): one member's, or some markets'.
   */
  async redeemedPositions(tx: TenantTx, of: { memberId: string } | { marketIds: readonly string[] }): Promise<RedeemedPosition[]> {
    const byMember = 'memberId' in of;
    const rows = await tx.query<{ market_id: string; member_id: string; outcome: Outcome; shares: string; settled_at: Date }>(
      `SELECT a.market_id, a.member_id, a.outcome, (-p.amount)::text AS shares, e.created_at AS settled_at
         FROM ledger_accounts a
         JOIN postings p ON p.tenant_id = a.tenant_id AND p.account_id = a.id
         JOIN journal_entries e ON e.tenant_id = p.tenant_id AND e.id = p.entry_id
        WHERE a.tenant_id = $1 AND a.kind = 'POSITION' AND e.kind = 'SETTLEMENT' AND p.amount < 0
          AND ${byMember ? 'a.member_id = $2::uuid' : 'a.market_id = ANY($2::uuid[])'}
        ORDER BY e.id DESC, a.key`,
      [tx.tenantId, byMember ? of.memberId : [...of.marketIds]],
    );
    return rows.map((row) => ({
      marketId: row.market_id,
      memberId: row.member_id,
      outcome: row.outcome,
      shares: BigInt(row.shares),
      settledAt: row.settled_at,
    }));
  }

  /**
   * The member's open positions with the title of each market's idea, for refusals that must
   * name them (settled markets have redeemed every position, so any share held is in an open one).
   */
  async openPositionsNamed(tx: TenantTx, memberId: string): Promise<Array<PositionBalance & { ideaTitle: string }>> {
    const { openMarkets, ideaTitles } = this.names;
    if (!openMarkets || !ideaTitles) throw new Error('the ledger is missing a source of open markets or idea titles');
    const rows = await tx.query<{ market_id: string; outcome: Outcome; balance: string; title: string }>(
      `SELECT a.market_id, a.outcome, a.balance, i.title
         FROM ledger_accounts a
         JOIN (${openMarkets}) m ON m.id = a.market_id
         JOIN (${ideaTitles}) i ON i.id = m.idea_id
        WHERE a.tenant_id = $1 AND a.member_id = $2 AND a.kind = 'POSITION' AND a.balance > 0
        ORDER BY i.title, a.outcome`,
      [tx.tenantId, memberId],
    );
    return rows.map((row) => ({
      marketId: row.market_id,
      memberId,
      outcome: row.outcome,
      shares: BigInt(row.balance),
      ideaTitle: row.title,
    }));
  }

  /** How many distinct members have traded the idea's market, as the ledger recorded their trades. */
  async traderCount(tx: TenantTx, ideaId: string): Promise<number> {
    const row = await tx.one<{ traders: number }>(
      `SELECT count(DISTINCT member_id)::int AS traders FROM journal_entries WHERE tenant_id = $1 AND kind = 'TRADE' AND idea_id = $2`,
      [tx.tenantId, ideaId],
    );
    return row?.traders ?? 0;
  }
}
