import type { MarketState, Outcome } from '@idea-exchange/market-maker';
import type { TenantTx } from '../database/tenant-transaction';

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
}

export interface NewTrade {
  memberId: string;
  entryId: string;
  outcome: Outcome;
  shares: bigint;
  cost: bigint;
  priceYesAfter: number;
  balanceAfter: bigint;
  idempotencyKey: string;
  after: MarketState;
}

const MARKET_COLUMNS = `m.id, m.idea_id, m.kind, m.liquidity, m.subsidy, m.shares_yes, m.shares_no, m.price_yes, m.volume,
  m.trade_count, m.open, m.resolution, m.opened_at, m.settled_at`;
const TRADE_COLUMNS = `t.id AS t_id, t.market_id AS t_market_id, tm.idea_id AS t_idea_id, t.member_id AS t_member_id,
  t.outcome AS t_outcome, t.shares AS t_shares, t.cost AS t_cost, t.price_yes_after AS t_price_yes_after,
  t.balance_after AS t_balance_after, t.created_at AS t_created_at`;

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
  };
}

export function stateOf(row: MarketRow): MarketState {
  return { liquidity: row.liquidity, sharesYes: row.sharesYes, sharesNo: row.sharesNo };
}

/** The SQL of markets and trades. Balances are not here: they belong to the ledger. */
export const MarketStore = {
  async insert(
    tx: TenantTx,
    ideaId: string,
    liquidity: bigint,
    subsidy: bigint,
    kind: MarketKindName = 'IMPLEMENTATION',
  ): Promise<MarketRow> {
    const [row] = await tx.query(
      `INSERT INTO markets AS m (tenant_id, idea_id, liquidity, subsidy, kind) VALUES ($1, $2, $3, $4, $5) RETURNING ${MARKET_COLUMNS}`,
      [tx.tenantId, ideaId, liquidity.toString(), subsidy.toString(), kind],
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

  /**
   * Locks the market for a trade (the lock that serialises trades on one market) and, in the
   * same round trip, finds an earlier trade of the member's with this idempotency key.
   */
  async lockForTrade(tx: TenantTx, marketId: string, memberId: string, key: string): Promise<{ market?: MarketRow; earlier?: TradeRow }> {
    const row = await tx.one(
      `SELECT ${MARKET_COLUMNS}, ${TRADE_COLUMNS}
         FROM markets m
         LEFT JOIN trades t ON t.tenant_id = m.tenant_id AND t.member_id = $3 AND t.idempotency_key = $4
         LEFT JOIN markets tm ON tm.tenant_id = t.tenant_id AND tm.id = t.market_id
        WHERE m.tenant_id = $1 AND m.id = $2
        FOR UPDATE OF m`,
      [tx.tenantId, marketId, memberId, key],
    );
    if (!row) return {};
    return { market: market(row), earlier: row.t_id ? trade(row) : undefined };
  },

  async tradeByKey(tx: TenantTx, memberId: string, key: string): Promise<TradeRow | undefined> {
    const row = await tx.one(
      `SELECT ${TRADE_COLUMNS} FROM trades t JOIN markets tm ON tm.tenant_id = t.tenant_id AND tm.id = t.market_id
        WHERE t.tenant_id = $1 AND t.member_id = $2 AND t.idempotency_key = $3`,
      [tx.tenantId, memberId, key],
    );
    return row ? trade(row) : undefined;
  },

  /** Records a trade and moves the market to its new state, in one statement. */
  async recordTrade(tx: TenantTx, marketRow: MarketRow, t: NewTrade): Promise<TradeRow> {
    const [row] = await tx.query(
      `WITH recorded AS (
         INSERT INTO trades (tenant_id, market_id, member_id, entry_id, outcome, shares, cost, price_yes_after, balance_after, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING id, created_at
       ), moved AS (
         UPDATE markets SET shares_yes = $11, shares_no = $12, price_yes = $8,
                volume = volume + abs($7::bigint), trade_count = trade_count + 1
          WHERE tenant_id = $1 AND id = $2
       )
       SELECT id, created_at FROM recorded`,
      [
        tx.tenantId,
        marketRow.id,
        t.memberId,
        t.entryId,
        t.outcome,
        t.shares.toString(),
        t.cost.toString(),
        t.priceYesAfter,
        t.balanceAfter.toString(),
        t.idempotencyKey,
        t.after.sharesYes.toString(),
        t.after.sharesNo.toString(),
      ],
    );
    return {
      id: row.id as string,
      marketId: marketRow.id,
      ideaId: marketRow.ideaId,
      memberId: t.memberId,
      outcome: t.outcome,
      shares: t.shares,
      cost: t.cost,
      priceYesAfter: t.priceYesAfter,
      balanceAfter: t.balanceAfter,
      createdAt: row.created_at as Date,
    };
  },

  async settle(tx: TenantTx, marketId: string, resolution: Outcome): Promise<MarketRow> {
    const [row] = await tx.query(
      // A bare UPDATE comes back from TypeORM as [rows, count]; selecting from it returns rows.
      `WITH m AS (
         UPDATE markets SET open = false, resolution = $3, settled_at = now(), shares_yes = 0, shares_no = 0
          WHERE tenant_id = $1 AND id = $2 RETURNING *
       ) SELECT ${MARKET_COLUMNS} FROM m`,
      [tx.tenantId, marketId, resolution],
    );
    return market(row);
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
