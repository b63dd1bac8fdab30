import { Injectable } from '@nestjs/common';
import { markToMarket, type Outcome } from '@idea-exchange/market-maker';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { AccountRef } from '../ledger/ledger-accounts';
import { addScores } from './leaderboard-periods.sql';

/** One posting as the ledger applied it (LedgerService.post hands these over). */
export interface PostedChange {
  account: AccountRef;
  amount: bigint;
}

interface PositionRow {
  market_id: string;
  outcome: Outcome;
  member_id: string;
  shares: string;
  marked_price: number;
  value: string;
}

/** Entries whose effect on net worth is trading, not currency issued by the treasury. */
const TRADING_ENTRIES = new Set(['TRADE', 'SETTLEMENT']);

/**
 * The traders board: each member's net worth (wallet plus positions marked at current prices),
 * kept as the ledger posts. A trade changes one trader's wallet and position at once, in the
 * trade's transaction; the price move it causes changes every holder's value, so the market is
 * noted as stale instead and its holders are re-marked by the next traders read, keeping trades
 * free of a write per holder.
 */
@Injectable()
export class TraderScoresService {
  constructor(private readonly db: Database) {}

  /** Called by LedgerService.post inside its transaction, after the balances change. */
  async posted(tx: TenantTx, kind: string, changes: PostedChange[]): Promise<void> {
    const deltas = new Map<string, bigint>();
    const add = (memberId: string, delta: bigint): void => {
      deltas.set(memberId, (deltas.get(memberId) ?? 0n) + delta);
    };
    const positions: Array<{ marketId: string; memberId: string; outcome: Outcome; amount: bigint }> = [];
    for (const { account, amount } of changes) {
      if (account.kind === 'WALLET') add(account.memberId, amount);
      if (account.kind === 'POSITION') positions.push({ ...account, amount });
    }
    if (kind === 'TRADE' && positions.length > 0) {
      // Before touching positions, the order the re-marking read also takes (no deadlock).
      await tx.query(
        `INSERT INTO leaderboard_stale_markets (tenant_id, market_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [tx.tenantId, [...new Set(positions.map((p) => p.marketId))]],
      );
    }
    if (positions.length > 0) await this.movePositions(tx, positions, add);
    if (deltas.size === 0) return;
    const members = [...deltas.keys()];
    await tx.query(
      addScores(`(SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::boolean[]) AS u(member_id, delta, all_periods))`, `'TRADERS'`),
      [members, members.map((id) => String(deltas.get(id))), members.map(() => TRADING_ENTRIES.has(kind))],
    );
  }

  /**
   * Re-marks the holders of every market traded since the last read at its current price, and
   * adds the change in their values to their scores (in the current periods).
   */
  async markStaleMarkets(tenantId: string): Promise<void> {
    await this.db.withTenant(
      tenantId,
      (tx) =>
        tx.query(
          `WITH stale AS (
             DELETE FROM leaderboard_stale_markets WHERE tenant_id = $1 RETURNING market_id
           ), held AS (
             SELECT p.market_id, p.outcome, p.member_id, p.shares, p.value AS old_value,
                    CASE p.outcome WHEN 'YES' THEN m.price_yes ELSE 1 - m.price_yes END AS price
               FROM stale s
               JOIN markets m ON m.tenant_id = $1 AND m.id = s.market_id
               JOIN leaderboard_positions p ON p.tenant_id = $1 AND p.market_id = s.market_id
              WHERE p.shares > 0
              ORDER BY p.market_id, p.outcome, p.member_id
              FOR UPDATE OF p
           ), marked AS (
             UPDATE leaderboard_positions p
                SET marked_price = h.price, value = floor(h.shares::double precision * h.price)::bigint
               FROM held h
              WHERE p.tenant_id = $1 AND p.market_id = h.market_id AND p.outcome = h.outcome AND p.member_id = h.member_id
             RETURNING p.member_id, p.value - h.old_value AS delta
           ), summed AS (
             SELECT member_id, sum(delta)::bigint AS delta, true AS all_periods FROM marked GROUP BY member_id HAVING sum(delta) <> 0
           )
           ${addScores('summed', `'TRADERS'`)}`,
          [tenantId],
        ),
      { retries: 3 },
    );
  }

  /** New share counts for the positions posted, each valued at the price it was last marked at. */
  private async movePositions(
    tx: TenantTx,
    moved: Array<{ marketId: string; memberId: string; outcome: Outcome; amount: bigint }>,
    add: (memberId: string, delta: bigint) => void,
  ): Promise<void> {
    const existing = await tx.query<PositionRow>(
      `SELECT p.market_id, p.outcome, p.member_id, p.shares, p.marked_price, p.value
         FROM leaderboard_positions p
         JOIN unnest($2::uuid[], $3::text[], $4::uuid[]) AS k(market_id, outcome, member_id)
           ON p.market_id = k.market_id AND p.outcome = k.outcome AND p.member_id = k.member_id
        WHERE p.tenant_id = $1
        ORDER BY p.market_id, p.outcome, p.member_id
        FOR UPDATE OF p`,
      [tx.tenantId, moved.map((p) => p.marketId), moved.map((p) => p.outcome), moved.map((p) => p.memberId)],
    );
    const byKey = new Map(existing.map((row) => [`${row.market_id}:${row.outcome}:${row.member_id}`, row]));
    const unmarked = [...new Set(moved.filter((p) => !byKey.has(`${p.marketId}:${p.outcome}:${p.memberId}`)).map((p) => p.marketId))];
    const prices = new Map(
      (
        await tx.query<{ id: string; price_yes: number }>(`SELECT id, price_yes FROM markets WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [
          tx.tenantId,
          unmarked,
        ])
      ).map((row) => [row.id, Number(row.price_yes)]),
    );
    const rows = moved.map((p) => {
      const row = byKey.get(`${p.marketId}:${p.outcome}:${p.memberId}`);
      const priceYes = prices.get(p.marketId) ?? 0.5;
      const price = row ? Number(row.marked_price) : p.outcome === 'YES' ? priceYes : 1 - priceYes;
      const shares = (row ? BigInt(row.shares) : 0n) + p.amount;
      const value = markToMarket(shares, price);
      add(p.memberId, value - (row ? BigInt(row.value) : 0n));
      return { ...p, shares, price, value };
    });
    await tx.query(
      `INSERT INTO leaderboard_positions (tenant_id, market_id, outcome, member_id, shares, marked_price, value)
       SELECT $1, r.market_id, r.outcome, r.member_id, r.shares, r.price, r.value
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::bigint[], $6::float8[], $7::bigint[])
           AS r(market_id, outcome, member_id, shares, price, value)
       ON CONFLICT (tenant_id, market_id, outcome, member_id)
         DO UPDATE SET shares = EXCLUDED.shares, value = EXCLUDED.value`,
      [
        tx.tenantId,
        rows.map((r) => r.marketId),
        rows.map((r) => r.outcome),
        rows.map((r) => r.memberId),
        rows.map((r) => r.shares.toString()),
        rows.map((r) => r.price),
        rows.map((r) => r.value.toString()),
      ],
    );
  }
}
