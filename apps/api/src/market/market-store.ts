import type { MarketState, Outcome } from '@idea-exchange/market-maker';
import type { TenantTx } from '../database/tenant-transaction';
import type { TradeLine } from './cost-basis';

export type MarketKindName = 'IMPLEMENTATION' | 'OUTCOME';

export interface MarketRow {
  id: string;
  ideaId: string;
  kind: MarketKindName;
  liquidity: bigint;
  subsidy: bigint;
  sharesYes: bigint;
  sharesNo: bigint;
  priceYes: number;
  volume: bigint;
  tradeCount: number;
  open: boolean;
  resolution: Outcome | null;
  openedAt: Date;
  settledAt: Date | null;
}

export interface TradeRow {
  id: string;
  marketId: string;
  ideaId: string;
  memberId: string;
  outcome: Outcome;
  shares: bigint;
  cost: bigint;
  priceYesAfter: number;
  balanceAfter: bigint;
  createdAt: Date;
  /** The fingerprint of the request that made the trade; null for trades made before it was kept. */
  requestHash: string | null;
}

/** Who trades in a market: how many members, and the most any one of them holds. */
export interface MarketCrowd {
  marketId: string;
  traders: number;
  largestHolding: bigint;
}

export interface NewTrade {
  market: MarketRow;
  memberId: string;
  entryId: string;
  outcome: Outcome;
  shares: bigint;
  cost: bigint;
  priceYesAfter: number;
  balanceAfter: bigint;
  idempotencyKey: string;
  requestHash: string;
}

const MARKET_COLUMNS = `m.id, m.idea_id, m.kind, m.liquidity, m.subsidy, m.shares_yes, m.shares_no, m.price_yes, m.volume,
  m.trade_count, m.open, m.resolution, m.opened_at, m.settled_at`;
const TRADE_COLUMNS = `t.id AS t_id, t.market_id AS t_market_id, tm.idea_id AS t_idea_id, t.member_id AS t_member_id,
  t.outcome AS t_outcome, t.shares AS t_shares, t.cost AS t_cost, t.price_yes_after AS t_price_yes_after,
  t.balance_after AS t_balance_after, t.created_at AS t_created_at, t.request_hash AS t_request_hash`;

type Raw = Record<string, unknown>;

function market(row: Raw): MarketRow {
  return {
    id: row.id as string,
    ideaId: row.idea_id as string,
    kind: row.kind as MarketKindName,
    liquidity: BigInt(row.liquidity as string),
    subsidy: BigInt(row.subsidy as string),
    sharesYes: BigInt(row.shares_yes as string),
    sharesNo: BigInt(row.shares_no as string),
    priceYes: Number(row.price_yes),
    volume: BigInt(row.volume as string),
    tradeCount: Number(row.trade_count),
    open: row.open as boolean,
    resolution: row.resolution as Outcome | null,
    openedAt: row.opened_at as Date,
    settledAt: row.settled_at as Date | null,
  };
}

function trade(row: Raw): TradeRow {
  return {
    id: row.t_id as string,
    marketId: row.t_market_id as string,
    ideaId: row.t_idea_id as string,
    memberId: row.t_member_id as string,
    outcome: row.t_outcome as Outcome,
    shares: BigInt(row.t_shares as string),
    cost: BigInt(row.t_cost as string),
    priceYesAfter: Number(row.t_price_yes_after),
    balanceAfter: BigInt(row.t_balance_after as string),
    createdAt: row.t_created_at as Date,
    requestHash: (row.t_request_hash as string | null) ?? null,
  };
}

export function stateOf(row: MarketRow): MarketState {
  return { liquidity: row.liquidity, sharesYes: row.sharesYes, sharesNo: row.sharesNo };
}

/** The SQL of markets and trades. Balances are not here: they belong to the ledger. */
export const MarketStore = {
  /**
   * A new market, trading (or not) as its idea is shown (or hidden), and until its closing date
   * if it has one (outcome markets).
   */
  async insert(
    tx: TenantTx,
    idea: { id: string; hidden: boolean },
    liquidity: bigint,
    subsidy: bigint,
    kind: MarketKindName = 'IMPLEMENTATION',
    closesAt: Date | null = null,
  ): Promise<MarketRow> {
    const [row] = await tx.query(
      `INSERT INTO markets AS m (tenant_id, idea_id, liquidity, subsidy, kind, idea_hidden, closes_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING ${MARKET_COLUMNS}`,
      [tx.tenantId, idea.id, liquidity.toString(), subsidy.toString(), kind, idea.hidden, closesAt],
    );
    return market(row);
  },

  async byId(tx: TenantTx, id: string, lock = false): Promise<MarketRow | undefined> {
    const row = await tx.one(`SELECT ${MARKET_COLUMNS} FROM markets m WHERE m.tenant_id = $1 AND m.id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      tx.tenantId,
      id,
    ]);
    return row ? market(row) : undefined;
  },

  /** The current YES price of each market given (those that exist), by market id. */
  async pricesOf(tx: TenantTx, marketIds: readonly string[]): Promise<Map<string, number>> {
    if (marketIds.length === 0) return new Map();
    const rows = await tx.query<{ id: string; price_yes: number }>(
      `SELECT id, price_yes FROM markets WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [tx.tenantId, marketIds],
    );
    return new Map(rows.map((row) => [row.id, Number(row.price_yes)]));
  },

  /** The outcome markets of many ideas, oldest first. */
  async outcomeMarketsOf(tx: TenantTx, ideaIds: readonly string[]): Promise<MarketRow[]> {
    const rows = await tx.query(
      `SELECT ${MARKET_COLUMNS} FROM markets m WHERE m.tenant_id = $1 AND m.idea_id = ANY($2::uuid[]) AND m.kind = 'OUTCOME'
        ORDER BY m.opened_at, m.id`,
      [tx.tenantId, ideaIds],
    );
    return rows.map(market);
  },

  async byIdea(tx: TenantTx, ideaId: string, lock = false): Promise<MarketRow | undefined> {
    const row = await tx.one(
      `SELECT ${MARKET_COLUMNS} FROM markets m WHERE m.tenant_id = $1 AND m.idea_id = $2 AND m.kind = 'IMPLEMENTATION' ${lock ? 'FOR UPDATE' : ''}`,
      [tx.tenantId, ideaId],
    );
    return row ? market(row) : undefined;
  },

  async byIdeas(tx: TenantTx, ideaIds: readonly string[]): Promise<MarketRow[]> {
    const rows = await tx.query(
      `SELECT ${MARKET_COLUMNS} FROM markets m WHERE m.tenant_id = $1 AND m.idea_id = ANY($2::uuid[]) AND m.kind = 'IMPLEMENTATION'`,
      [tx.tenantId, ideaIds],
    );
    return rows.map(market);
  },

  async byIds(tx: TenantTx, ids: readonly string[]): Promise<MarketRow[]> {
    const rows = await tx.query(`SELECT ${MARKET_COLUMNS} FROM markets m WHERE m.tenant_id = $1 AND m.id = ANY($2::uuid[])`, [
      tx.tenantId,
      ids,
    ]);
    return rows.map(market);
  },

  /** Whether any market of the idea still trades. */
  async hasOpenMarket(tx: TenantTx, ideaId: string): Promise<boolean> {
    const row = await tx.one(`SELECT 1 FROM markets WHERE tenant_id = $1 AND idea_id = $2 AND open LIMIT 1`, [tx.tenantId, ideaId]);
    return row !== undefined;
  },

  /**
   * The market each (idea, market) pair of a batch of trades or a quote names: the given market
   * among the idea's, or the idea's implementation market when none is given; with whether it is
   * past its closing date. By the pair's position; missing where none.
   */
  async forTrades(
    tx: TenantTx,
    named: ReadonlyArray<{ ideaId: string; marketId: string | null }>,
  ): Promise<Array<{ market: MarketRow; closed: boolean } | undefined>> {
    const rows = await tx.prepared(
      'markets_for_trades',
      `SELECT r.ord, ${MARKET_COLUMNS}, coalesce(m.closes_at <= now(), false) AS past_closing
         FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS r(idea_id, market_id, ord)
         JOIN markets m ON m.tenant_id = $1 AND m.idea_id = r.idea_id
                       AND CASE WHEN r.market_id IS NULL THEN m.kind = 'IMPLEMENTATION' ELSE m.id = r.market_id END`,
      [tx.tenantId, named.map((n) => n.ideaId), named.map((n) => n.marketId)],
    );
    const found: Array<{ market: MarketRow; closed: boolean } | undefined> = new Array(named.length);
    for (const row of rows) found[Number(row.ord) - 1] = { market: market(row), closed: row.past_closing as boolean };
    return found;
  },

  /**
   * Locks the markets of a batch of trades, in id order (the lock that serialises trades on one
   * market, across processes) and, in the same round trip, finds earlier trades of these members
   * under these idempotency keys, on any market, keyed `member:key`. The lookup reads the
   * statement's snapshot, taken before any wait for a lock: a trade committed by another
   * process's batch during that wait is not seen here, and its key's unique index refuses the
   * batch's write.
   */
  async lockForTrades(
    tx: TenantTx,
    marketIds: readonly string[],
    keys: ReadonlyArray<{ memberId: string; key: string }>,
  ): Promise<{ markets: Map<string, MarketRow>; earlier: Map<string, TradeRow>; hidden: Set<string> }> {
    const rows = await tx.prepared(
      'markets_lock_for_trades',
      `SELECT ${MARKET_COLUMNS}, m.idea_hidden, e.*
         FROM markets m
         LEFT JOIN (
           SELECT ${TRADE_COLUMNS}, t.idempotency_key AS t_key
             FROM unnest($3::uuid[], $4::text[]) AS k(member_id, key)
             JOIN trades t ON t.tenant_id = $1 AND t.member_id = k.member_id AND t.idempotency_key = k.key
             JOIN markets tm ON tm.tenant_id = t.tenant_id AND tm.id = t.market_id
         ) e ON true
        WHERE m.tenant_id = $1 AND m.id = ANY($2::uuid[])
        ORDER BY m.id
        FOR UPDATE OF m`,
      [tx.tenantId, [...marketIds].sort(), keys.map((k) => k.memberId), keys.map((k) => k.key)],
    );
    const earlier = new Map(
      rows.filter((row) => row.t_id).map((row) => [`${row.t_member_id as string}:${row.t_key as string}`, trade(row)] as const),
    );
    const hidden = new Set(rows.filter((row) => row.idea_hidden === true).map((row) => row.id as string));
    return { markets: new Map(rows.map((row) => [row.id as string, market(row)] as const)), earlier, hidden };
  },

  async tradeByKey(tx: TenantTx, memberId: string, key: string): Promise<TradeRow | undefined> {
    const row = await tx.one(
      `SELECT ${TRADE_COLUMNS} FROM trades t JOIN markets tm ON tm.tenant_id = t.tenant_id AND tm.id = t.market_id
        WHERE t.tenant_id = $1 AND t.member_id = $2 AND t.idempotency_key = $3`,
      [tx.tenantId, memberId, key],
    );
    return row ? trade(row) : undefined;
  },

  /**
   * Records a batch of trades, in order, and moves each market to the state `moved` gives it
   * (after its last trade of the batch), in one statement. Returns the trades in the same order.
   */
  async recordTrades(tx: TenantTx, trades: readonly NewTrade[], moved: readonly MarketRow[]): Promise<TradeRow[]> {
    if (trades.length === 0) return [];
    const added = new Map<string, { volume: bigint; count: number }>();
    for (const t of trades) {
      const sum = added.get(t.market.id) ?? { volume: 0n, count: 0 };
      added.set(t.market.id, { volume: sum.volume + (t.cost < 0n ? -t.cost : t.cost), count: sum.count + 1 });
    }
    const rows = await tx.prepared<{ id: string; created_at: Date }>(
      'trades_record',
      `WITH recorded AS (
         INSERT INTO trades (tenant_id, market_id, member_id, entry_id, outcome, shares, cost, price_yes_after, balance_after, idempotency_key,
                             request_hash)
         SELECT $1, t.market_id, t.member_id, t.entry_id, t.outcome, t.shares, t.cost, t.price_yes_after, t.balance_after, t.idempotency_key,
                t.request_hash
           FROM unnest($2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::bigint[], $7::bigint[], $8::float8[], $9::bigint[], $10::text[],
                       $17::text[])
                WITH ORDINALITY AS t(market_id, member_id, entry_id, outcome, shares, cost, price_yes_after, balance_after, idempotency_key,
                                     request_hash, ord)
          ORDER BY t.ord
         RETURNING id, created_at, member_id, idempotency_key
       ), moved AS (
         UPDATE markets m SET shares_yes = u.shares_yes, shares_no = u.shares_no, price_yes = u.price_yes,
                volume = m.volume + u.volume, trade_count = m.trade_count + u.count
           FROM unnest($11::uuid[], $12::bigint[], $13::bigint[], $14::float8[], $15::bigint[], $16::int[])
                AS u(id, shares_yes, shares_no, price_yes, volume, count)
          WHERE m.tenant_id = $1 AND m.id = u.id
       )
       SELECT r.id, r.created_at
         FROM unnest($3::uuid[], $10::text[]) WITH ORDINALITY AS t(member_id, idempotency_key, ord)
         JOIN recorded r ON r.member_id = t.member_id AND r.idempotency_key = t.idempotency_key
        ORDER BY t.ord`,
      [
        tx.tenantId,
        trades.map((t) => t.market.id),
        trades.map((t) => t.memberId),
        trades.map((t) => t.entryId),
        trades.map((t) => t.outcome),
        trades.map((t) => t.shares.toString()),
        trades.map((t) => t.cost.toString()),
        trades.map((t) => t.priceYesAfter),
        trades.map((t) => t.balanceAfter.toString()),
        trades.map((t) => t.idempotencyKey),
        moved.map((m) => m.id),
        moved.map((m) => m.sharesYes.toString()),
        moved.map((m) => m.sharesNo.toString()),
        moved.map((m) => m.priceYes),
        moved.map((m) => (added.get(m.id)?.volume ?? 0n).toString()),
        moved.map((m) => added.get(m.id)?.count ?? 0),
        trades.map((t) => t.requestHash),
      ],
    );
    return trades.map((t, i) => ({
      id: rows[i].id,
      marketId: t.market.id,
      ideaId: t.market.ideaId,
      memberId: t.memberId,
      outcome: t.outcome,
      shares: t.shares,
      cost: t.cost,
      priceYesAfter: t.priceYesAfter,
      balanceAfter: t.balanceAfter,
      createdAt: rows[i].created_at,
      requestHash: t.requestHash,
    }));
  },

  /**
   * Marks the idea's markets hidden or shown, under their row locks taken in id order (as a
   * batch of trades takes them), so a trade waiting on a market's lock reads the flag the hide
   * committed.
   */
  async setIdeaHidden(tx: TenantTx, ideaId: string, hidden: boolean): Promise<void> {
    await tx.query(
      `UPDATE markets m SET idea_hidden = $3
         FROM (SELECT id FROM markets WHERE tenant_id = $1 AND idea_id = $2 AND idea_hidden <> $3 ORDER BY id FOR UPDATE) l
        WHERE m.tenant_id = $1 AND m.id = l.id`,
      [tx.tenantId, ideaId, hidden],
    );
  },

  /**
   * Locks, in id order, those of the markets given that still trade now: open, and before their
   * closing date if they have one. A market settled while this waited for its lock drops out.
   */
  async lockTrading(tx: TenantTx, marketIds: readonly string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM markets
        WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND open AND (closes_at IS NULL OR closes_at > now())
        ORDER BY id
        FOR UPDATE`,
      [tx.tenantId, marketIds],
    );
    return rows.map((row) => row.id);
  },

  /**
   * Claims open markets whose closing date is at or before `now`, earliest first: locks their
   * rows, skipping any another transaction holds, so each is claimed by one transaction at a time
   * and, once settled, by none.
   */
  async claimPastClosing(tx: TenantTx, now: Date, limit: number): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM markets
        WHERE tenant_id = $1 AND open AND closes_at <= $2
        ORDER BY closes_at, id
        LIMIT $3
        FOR UPDATE SKIP LOCKED`,
      [tx.tenantId, now, limit],
    );
    return rows.map((row) => row.id);
  },

  async settle(tx: TenantTx, marketId: string, resolution: Outcome): Promise<MarketRow> {
    const [row] = await tx.query(
      // A bare UPDATE comes back from TypeORM as [rows, count]; selecting from it returns rows.
      `WITH m AS (
         UPDATE markets SET open = false, resolution = $3, settled_at = app_now(), shares_yes = 0, shares_no = 0
          WHERE tenant_id = $1 AND id = $2 RETURNING *
       ) SELECT ${MARKET_COLUMNS} FROM m`,
      [tx.tenantId, marketId, resolution],
    );
    return market(row);
  },

  /**
   * Each market's distinct traders and its largest holder's shares (both outcomes together),
   * counted from the trades: while a market is open they sum to its positions.
   */
  async crowds(tx: TenantTx, marketIds: readonly string[]): Promise<MarketCrowd[]> {
    const rows = await tx.query<{ market_id: string; traders: string; largest: string }>(
      `SELECT market_id, count(*) AS traders, max(held) AS largest FROM (
         SELECT market_id, member_id, sum(shares) AS held FROM trades
          WHERE tenant_id = $1 AND market_id = ANY($2::uuid[])
          GROUP BY market_id, member_id
       ) holders GROUP BY market_id`,
      [tx.tenantId, marketIds],
    );
    return rows.map((row) => ({ marketId: row.market_id, traders: Number(row.traders), largestHolding: BigInt(row.largest) }));
  },

  /** A member's trades in some markets, oldest first (what their cost basis is made of). */
  async tradeLines(tx: TenantTx, memberId: string, marketIds: readonly string[]): Promise<TradeLine[]> {
    const rows = await tx.query<{ market_id: string; outcome: Outcome; shares: string; cost: string }>(
      `SELECT market_id, outcome, shares, cost FROM trades
        WHERE tenant_id = $1 AND member_id = $2 AND market_id = ANY($3::uuid[])
        ORDER BY created_at, id`,
      [tx.tenantId, memberId, marketIds],
    );
    return rows.map((row) => ({ marketId: row.market_id, outcome: row.outcome, shares: BigInt(row.shares), cost: BigInt(row.cost) }));
  },

  /** The most recent `first` prices of a market, oldest first, starting from its opening price. */
  async priceHistory(tx: TenantTx, marketRow: MarketRow, first: number): Promise<Array<{ at: Date; priceYes: number }>> {
    const rows = await tx.query<{ at: Date; price_yes: number }>(
      `SELECT at, price_yes FROM (
         SELECT created_at AS at, price_yes_after AS price_yes, 1 AS after_open FROM trades
          WHERE tenant_id = $1 AND market_id = $2
         UNION ALL SELECT $3::timestamptz, 0.5, 0
         ORDER BY at DESC, after_open DESC LIMIT $4
       ) recent ORDER BY at, after_open`,
      [tx.tenantId, marketRow.id, marketRow.openedAt, first],
    );
    return rows.map((row) => ({ at: row.at, priceYes: Number(row.price_yes) }));
  },
};
