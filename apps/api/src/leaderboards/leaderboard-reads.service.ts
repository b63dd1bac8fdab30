import { Injectable } from '@nestjs/common';
import type { Actor, MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { membersLeftOffBoard } from '../members/members-left-off.sql';
import { currentPeriodStart } from './leaderboard-periods.sql';
import type { BoardKind, PeriodName } from './leaderboard-rules';
import { TraderScoresService } from './trader-scores.service';
import { requirePageSize } from '../common/pagination/page-size';

export interface RankedScore {
  memberId: string;
  rank: number;
  score: bigint;
}

/**
 * Reading the leaderboards: the top of a board and a member's own place, for the current
 * period. The traders board first catches up with the ledger, so it is exact when read.
 */
@Injectable()
export class LeaderboardReadsService {
  constructor(
    private readonly db: Database,
    private readonly traders: TraderScoresService,
  ) {}

  /** The top `first` of a board for the current period, best first. */
  async top(actor: Actor, board: BoardKind, period: PeriodName, first: number): Promise<RankedScore[]> {
    requirePageSize(first, 100);
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        // The top rows hold every score above any of them, so rank() over them is the true rank.
        const read = () =>
          tx.query<{ member_id: string; score: string; rank: number; behind: boolean }>(
            `SELECT member_id, score, rank() OVER (ORDER BY score DESC)::int AS rank, ${this.behind(board)} AS behind FROM (
           SELECT s.member_id, s.score FROM leaderboard_scores s
            WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3 AND s.period_start = ${currentPeriodStart('$3')}
              AND NOT EXISTS (SELECT 1 FROM (${leftOff(board)}) h WHERE h.id = s.member_id)
            ORDER BY s.score DESC, s.member_id LIMIT $4) top
          ORDER BY score DESC, member_id`,
            [tx.tenantId, board, period, first],
          );
        const rows = await this.fresh(tx, board, read);
        return rows.map((row) => ({ memberId: row.member_id, score: BigInt(row.score), rank: row.rank }));
      },
      { retries: 3 },
    );
  }

  /**
   * The member's own place: their score and one more than the number of members shown above
   * them. Null for a member not on the board (no score for the period: an empty board ranks
   * nobody) and on TRADERS for board members, who do not trade.
   */
  async rankOf(actor: MemberActor, board: BoardKind, period: PeriodName): Promise<RankedScore | null> {
    if (board === 'TRADERS' && actor.role === 'BOARD') return null;
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        // One statement, prepared per board's rule of who is left off: the member's score; the
        // members above it, as the counts of the buckets above its bucket plus the scores above
        // it inside its bucket (leaderboard_score_buckets, kept by triggers on the scores); and
        // the members left off the board (suspended; board members on TRADERS) above it, to take
        // off that count. Those are few and found by partial indexes, so each one's score is
        // looked up by key: as a join, the prepared statement's generic plan scanned every score
        // above the member's (half the board at the median) to hash against them.
        const read = () =>
          tx.prepared<{ score: string; above: number; hidden_above: number; behind: boolean }>(
            `leaderboard_rank_${board === 'TRADERS' ? 'traders' : 'others'}`,
            `WITH mine AS (
             SELECT score, bucket FROM leaderboard_scores
              WHERE tenant_id = $1 AND board = $2 AND period = $3 AND period_start = ${currentPeriodStart('$3')} AND member_id = $4
           )
           SELECT mine.score::text AS score,
                  ((SELECT coalesce(sum(b.members), 0) FROM leaderboard_score_buckets b
                     WHERE b.tenant_id = $1 AND b.board = $2 AND b.period = $3 AND b.period_start = ${currentPeriodStart('$3')}
                       AND b.bucket > mine.bucket)
                   + (SELECT count(*) FROM leaderboard_scores s
                       WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3 AND s.period_start = ${currentPeriodStart('$3')}
                         AND s.bucket = mine.bucket AND s.score > mine.score))::int AS above,
                  (SELECT count(*) FROM (${leftOff(board)}) h
                    WHERE (SELECT s.score FROM leaderboard_scores s
                            WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3
                              AND s.period_start = ${currentPeriodStart('$3')} AND s.member_id = h.id) > mine.score)::int AS hidden_above,
                  ${this.behind(board)} AS behind
             FROM mine`,
            [tx.tenantId, board, period, actor.memberId],
          );
        const [row] = await this.fresh(tx, board, read);
        if (!row) return null;
        return { memberId: actor.memberId, score: BigInt(row.score), rank: 1 + row.above - row.hidden_above };
      },
      // A catch-up racing another reader's fails at its snapshot and runs again.
      { isolation: 'REPEATABLE READ', retries: 3 },
    );
  }

  /**
   * Runs a read of `board`; on TRADERS the read also says whether the board is behind the ledger
   * (entries on its feed, markets to re-mark), and if so it catches up in the reader's
   * transaction and reads again, so what it returns is exact.
   */
  private async fresh<T extends { behind: boolean }>(tx: TenantTx, board: BoardKind, read: () => Promise<T[]>): Promise<T[]> {
    if (board !== 'TRADERS') return read();
    const rows = await read();
    // No rows carry no answer: a member whose first trade is still on the feed is not on the board yet.
    const behind = rows.length > 0 ? rows[0].behind : await this.traders.behind(tx);
    if (!behind) return rows;
    await this.traders.reMark(tx);
    return read();
  }

  /** Whether the traders board is behind the ledger, as SQL over the tenant `$1` (never, for the boards kept as they are earned). */
  private behind(board: BoardKind): string {
    return board === 'TRADERS' ? this.traders.behindSql('$1') : 'false';
  }
}

/** The members a board leaves off, in the tenant `$1`: suspended members, and board members on TRADERS. */
function leftOff(board: BoardKind): string {
  return membersLeftOffBoard('$1', board === 'TRADERS');
}
