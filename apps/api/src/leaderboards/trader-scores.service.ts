import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { markToMarket, type Outcome } from '@idea-exchange/market-maker';
import type { Logger } from 'pino';
import { LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import { JobClaims } from '../database/job-claim';
import type { TenantTx } from '../database/tenant-transaction';
import { LedgerService, type FedPosting } from '../ledger/ledger.service';
import { MarketService } from '../market/market.service';
import { TenantsService } from '../tenants/tenants.service';
import { addScores } from './leaderboard-periods.sql';

interface PositionRow {
  market_id: string;
  outcome: Outcome;
  member_id: string;
  shares: string;
  marked_price: number;
  value: string;
}

interface MovedPosition {
  marketId: string;
  memberId: string;
  outcome: Outcome;
  amount: bigint;
  at: Date;
}

interface ScoreDelta {
  memberId: string;
  delta: bigint;
  at: Date;
}

/**
 * Entries that are trading: a wallet's other moves are currency the treasury issued (grants,
 * bonuses, rewards), which is not profit and is left off the board.
 */
const TRADING_ENTRIES = new Set(['TRADE', 'SETTLEMENT']);
/** Entries taken off the ledger's feed per statement. */
const BATCH = 5_000;
/** How long after a trade commits its batch is applied, gathering the trades around it. */
const SETTLE_MS = 1_000;
/**
 * How often one process sweeps every instance's feed: a catch-up is normally started by the
 * process that traded, and this takes over what a process that died before its catch-up left.
 */
const SWEEP_MS = 30_000;

/**
 * The traders board: each member's trading profit, realised (what trades and settlements moved
 * in their wallet) plus marked (their positions at current prices); currency the treasury issued
 * is not profit and is left off. Trades only put their entry on the ledger's feed; this follows the feed in batches, a moment
 * after each commit and before every traders read, so trades write nothing of the board's and
 * reads are exact. A batch moves the traders' own wallets and positions; the price moves change
 * every other holder's value too, so the markets traded are noted as stale, and their holders
 * are re-marked at the current price by the next read (once per read, however many trades).
 */
@Injectable()
export class TraderScoresService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly scheduled = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
    private readonly markets: MarketService,
    private readonly tenants: TenantsService,
    private readonly jobs: JobClaims,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.ledger.onFed((tenantId) => this.soon(tenantId));
  }

  onApplicationBootstrap(): void {
    this.jobs.schedule({ name: 'traders-board-catch-up', everyMs: SWEEP_MS }, async () => {
      await this.catchUpEverywhere();
    });
  }

  /** Catches up every instance whose feed has entries waiting (the sweep, once across processes). */
  async catchUpEverywhere(): Promise<number> {
    const tenants = await this.tenants.all();
    let caughtUp = 0;
    for (const { id } of tenants) {
      if (!(await this.db.withTenant(id, (tx) => this.ledger.fedWaiting(tx)))) continue;
      await this.catchUp(id, { remark: false });
      caughtUp += 1;
    }
    return caughtUp;
  }

  /** Before the database closes: no new catch-ups, and the running ones finish. */
  async onModuleDestroy(): Promise<void> {
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
    await Promise.allSettled([...this.running]);
  }

  /** Catches up in a transaction of its own (the background follower). */
  async catchUp(tenantId: string, options: { remark: boolean }): Promise<void> {
    await this.db.withTenant(tenantId, (tx) => this.catchUpIn(tx, options), { retries: 3 });
  }

  /**
   * SQL over the tenant given (a parameter): whether the board is behind the ledger, with entries
   * waiting on its feed or markets whose holders wait to be re-marked. A read asks it inside its
   * own statement, so a read of a board that is up to date costs no statement more, and calls
   * `reMark` when it is behind.
   */
  behindSql(tenant: string): string {
    return `(${this.ledger.fedWaitingSql(tenant)} OR EXISTS (SELECT 1 FROM leaderboard_stale_markets WHERE tenant_id = ${tenant}))`;
  }

  /** Whether the board is behind, for a read that found no rows to carry the answer. */
  async behind(tx: TenantTx): Promise<boolean> {
    const row = await tx.one<{ behind: boolean }>(`SELECT ${this.behindSql('$1')} AS behind`, [tx.tenantId]);
    return row?.behind ?? false;
  }

  /** Catches up with the ledger's feed and re-marks the holders of stale markets, in the reader's transaction. */
  reMark(tx: TenantTx): Promise<void> {
    return this.catchUpIn(tx, { remark: true });
  }

  /**
   * Applies everything on the ledger's feed to the board and, for a read (`remark`), re-marks the
   * holders of every market traded since the last read; otherwise notes those markets as stale.
   * One follower at a time per tenant, across replicas.
   */
  private async catchUpIn(tx: TenantTx, { remark }: { remark: boolean }): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('traders-board:' || $1, 0))`, [tx.tenantId]);
    const traded = new Set<string>();
    for (;;) {
      const { entries, postings } = await this.ledger.takeFed(tx, BATCH);
      if (postings.length > 0) await this.apply(tx, postings, traded);
      if (entries < BATCH) break;
    }
    if (remark) await this.remark(tx, [...traded]);
    else if (traded.size > 0) {
      await tx.query(`INSERT INTO leaderboard_stale_markets (tenant_id, market_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
        tx.tenantId,
        [...traded],
      ]);
    }
  }

  /** A catch-up shortly, unless one is already due for the tenant. */
  private soon(tenantId: string): void {
    if (this.scheduled.has(tenantId)) return;
    const timer = setTimeout(() => {
      this.scheduled.delete(tenantId);
      const run = this.catchUp(tenantId, { remark: false })
        .catch((error: unknown) => this.logger.warn({ err: error, tenantId }, 'traders board catch-up failed; the next read retries'))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }, SETTLE_MS);
    timer.unref();
    this.scheduled.set(tenantId, timer);
  }

  private async apply(tx: TenantTx, postings: FedPosting[], traded: Set<string>): Promise<void> {
    const deltas: ScoreDelta[] = [];
    const positions = new Map<string, MovedPosition>();
    for (const { account, amount, entryKind, at } of postings) {
      if (!TRADING_ENTRIES.has(entryKind)) continue;
      if (account.kind === 'WALLET') {
        deltas.push({ memberId: account.memberId, delta: amount, at });
        continue;
      }
      traded.add(account.marketId);
      const key = `${account.marketId}:${account.outcome}:${account.memberId}`;
      const moved = positions.get(key);
      positions.set(key, moved ? { ...moved, amount: moved.amount + amount, at } : { ...account, amount, at });
    }
    if (positions.size > 0) deltas.push(...(await this.movePositions(tx, [...positions.values()])));
    const scored = deltas.filter((d) => d.delta !== 0n);
    if (scored.length === 0) return;
    await tx.query(
      addScores(
        `(SELECT u.*, true AS all_periods FROM unnest($1::uuid[], $2::bigint[], $3::timestamptz[]) AS u(member_id, delta, at))`,
        `'TRADERS'`,
        'd.at',
      ),
      [scored.map((d) => d.memberId), scored.map((d) => d.delta.toString()), scored.map((d) => d.at)],
    );
  }

  /**
   * Re-marks the holders of the markets given, and of any noted stale, at each market's current
   * price, adding the change in their values to their scores (in the current periods).
   */
  private async remark(tx: TenantTx, traded: string[]): Promise<void> {
    const stale = await tx.query<{ market_id: string }>(
      `WITH stale AS (DELETE FROM leaderboard_stale_markets WHERE tenant_id = $1 RETURNING market_id) SELECT market_id FROM stale`,
      [tx.tenantId],
    );
    const marketIds = [...new Set([...traded, ...stale.map((row) => row.market_id)])];
    if (marketIds.length === 0) return;
    const prices = await this.markets.pricesOf(tx, marketIds);
    await tx.query(
      `WITH held AS (
         SELECT p.market_id, p.outcome, p.member_id, p.shares, p.value AS old_value,
                CASE p.outcome WHEN 'YES' THEN m.price_yes ELSE 1 - m.price_yes END AS price
           FROM unnest($2::uuid[], $3::float8[]) AS m(market_id, price_yes)
           JOIN leaderboard_positions p ON p.tenant_id = $1 AND p.market_id = m.market_id
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
      [tx.tenantId, [...prices.keys()], [...prices.values()]],
    );
  }

  /**
   * New share counts for the positions moved, each valued at the price it was last marked at
   * (a new one at the market's price); returns the change in each holder's value.
   */
  private async movePositions(tx: TenantTx, moved: MovedPosition[]): Promise<ScoreDelta[]> {
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
    const prices = await this.markets.pricesOf(tx, unmarked);
    const deltas: ScoreDelta[] = [];
    const rows = moved.map((p) => {
      const row = byKey.get(`${p.marketId}:${p.outcome}:${p.memberId}`);
      const priceYes = prices.get(p.marketId) ?? 0.5;
      const price = row ? Number(row.marked_price) : p.outcome === 'YES' ? priceYes : 1 - priceYes;
      const shares = (row ? BigInt(row.shares) : 0n) + p.amount;
      const value = markToMarket(shares, price);
      deltas.push({ memberId: p.memberId, delta: value - (row ? BigInt(row.value) : 0n), at: p.at });
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
    return deltas;
  }
}
