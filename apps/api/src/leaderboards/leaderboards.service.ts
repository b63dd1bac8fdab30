import { Injectable } from '@nestjs/common';
import type { Actor, MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { addScores, currentPeriodStart } from './leaderboard-periods.sql';
import { POINTS, type BoardKind, type PeriodName, type PointsBoard } from './leaderboard-rules';
import { TraderScoresService } from './trader-scores.service';

export interface Award {
  board: PointsBoard;
  memberId: string;
  /** Why, e.g. POSTED: with subjectId, the key that makes the award happen once. */
  reason: string;
  /** The idea, or the recruit, the points are for. */
  subjectId: string;
  points: number;
}

export interface RankedScore {
  memberId: string;
  rank: number;
  score: bigint;
}

interface IdeaRef {
  id: string;
  authorId: string;
}

/** Stages that earn points, and what they earn whom. */
type ScoredStage = 'TEAMING' | 'INVESTMENT' | 'IMPLEMENTED';

/**
 * The leaderboards: points earned in the transaction of the event that earns them, added to
 * per-period aggregate rows, so a leaderboard read is an index range scan of the top rows.
 */
@Injectable()
export class LeaderboardsService {
  constructor(
    private readonly db: Database,
    private readonly traders: TraderScoresService,
  ) {}

  /** A member posted an idea (IdeasService.submit). */
  ideaPosted(tx: TenantTx, idea: IdeaRef): Promise<void> {
    return this.award(tx, [{ board: 'INNOVATORS', memberId: idea.authorId, reason: 'POSTED', subjectId: idea.id, points: POINTS.INNOVATORS.POSTED }]);
  }

  /** An idea reached a stage (StageService.move): its author, and at later stages its team, score. */
  async stageReached(tx: TenantTx, idea: IdeaRef, stage: string): Promise<void> {
    if (!isScored(stage)) return;
    const awards: Award[] = [
      { board: 'INNOVATORS', memberId: idea.authorId, reason: stage, subjectId: idea.id, points: POINTS.INNOVATORS[stage] },
    ];
    if (stage !== 'TEAMING') {
      const team = await this.teamOf(tx, idea);
      for (const memberId of team) {
        awards.push({ board: 'TEAMS', memberId, reason: stage, subjectId: idea.id, points: POINTS.TEAMS[stage] });
        if (stage === 'IMPLEMENTED' && memberId !== idea.authorId) {
          const points = POINTS.INNOVATORS.TEAM_IMPLEMENTED;
          awards.push({ board: 'INNOVATORS', memberId, reason: 'TEAM_IMPLEMENTED', subjectId: idea.id, points });
        }
      }
    }
    await this.award(tx, awards);
  }

  /** A recruit took part for the first time (RecruitmentService.tookPart). */
  recruitTookPart(tx: TenantTx, inviterId: string, recruitId: string): Promise<void> {
    const points = POINTS.RECRUITERS.TOOK_PART;
    return this.award(tx, [{ board: 'RECRUITERS', memberId: inviterId, reason: 'TOOK_PART', subjectId: recruitId, points }]);
  }

  /**
   * Records awards (each at most once, by its key) and adds what was newly earned to the
   * periods holding `at` (now unless given: rebuilding and tests place points in the past).
   */
  async award(tx: TenantTx, awards: Award[], at?: Date): Promise<void> {
    if (awards.length === 0) return;
    await tx.query(
      `WITH earned AS (
         INSERT INTO leaderboard_points (tenant_id, board, member_id, reason, subject_id, points, earned_at)
         SELECT $1, a.board, a.member_id, a.reason, a.subject_id, a.points, coalesce($7::timestamptz, now())
           FROM unnest($2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::bigint[]) AS a(board, member_id, reason, subject_id, points)
         ON CONFLICT ON CONSTRAINT leaderboard_points_once DO NOTHING
         RETURNING board, member_id, points
       ), summed AS (
         SELECT board, member_id, sum(points)::bigint * 100 AS delta, true AS all_periods FROM earned GROUP BY board, member_id
       )
       ${addScores('summed', 'd.board', 'coalesce($7::timestamptz, now())')}`,
      [
        tx.tenantId,
        awards.map((a) => a.board),
        awards.map((a) => a.memberId),
        awards.map((a) => a.reason),
        awards.map((a) => a.subjectId),
        awards.map((a) => String(a.points)),
        at ?? null,
      ],
    );
  }

  /** The top `first` of a board for the current period, best first. */
  async top(actor: Actor, board: BoardKind, period: PeriodName, first: number): Promise<RankedScore[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw BadUserInput.field('first', 'first must be between 1 and 100.');
    if (board === 'TRADERS') await this.traders.markStaleMarkets(actor.tenantId);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      // The top rows hold every score above any of them, so rank() over them is the true rank.
      const rows = await tx.query<{ member_id: string; score: string; rank: number }>(
        `SELECT member_id, score, rank() OVER (ORDER BY score DESC)::int AS rank FROM (
           SELECT s.member_id, s.score FROM leaderboard_scores s
            WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3 AND s.period_start = ${currentPeriodStart('$3')}
              AND NOT EXISTS (SELECT 1 FROM members h WHERE h.tenant_id = s.tenant_id AND h.id = s.member_id AND ${hidden(board, 'h')})
            ORDER BY s.score DESC, s.member_id LIMIT $4) top
          ORDER BY score DESC, member_id`,
        [tx.tenantId, board, period, first],
      );
      return rows.map((row) => ({ memberId: row.member_id, score: BigInt(row.score), rank: row.rank }));
    });
  }

  /**
   * The member's own place, wherever it is: their score (zero without one) and one more than
   * the number of members shown above them. Null on TRADERS for board members, who do not trade.
   */
  async rankOf(actor: MemberActor, board: BoardKind, period: PeriodName): Promise<RankedScore | null> {
    if (board === 'TRADERS' && actor.role === 'BOARD') return null;
    if (board === 'TRADERS') await this.traders.markStaleMarkets(actor.tenantId);
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const params = [tx.tenantId, board, period];
        const mine = await tx.one<{ score: string }>(
          `SELECT score FROM leaderboard_scores
            WHERE tenant_id = $1 AND board = $2 AND period = $3 AND period_start = ${currentPeriodStart('$3')} AND member_id = $4`,
          [...params, actor.memberId],
        );
        const score = mine ? BigInt(mine.score) : 0n;
        const above = await tx.one<{ count: number }>(
          `SELECT count(*)::int AS count FROM leaderboard_scores s
            WHERE s.tenant_id = $1 AND s.board = $2 AND s.period = $3 AND s.period_start = ${currentPeriodStart('$3')}
              AND s.score > $4::bigint`,
          [...params, score.toString()],
        );
        // Members left off the board (suspended; board members on TRADERS) are few, and
        // partial indexes find them: take those above off the count.
        const hiddenAbove = await tx.one<{ count: number }>(
          `SELECT count(*)::int AS count FROM members h
             JOIN leaderboard_scores s ON s.tenant_id = h.tenant_id AND s.member_id = h.id
            WHERE h.tenant_id = $1 AND ${hidden(board, 'h')} AND s.board = $2 AND s.period = $3
              AND s.period_start = ${currentPeriodStart('$3')} AND s.score > $4::bigint`,
          [...params, score.toString()],
        );
        return { memberId: actor.memberId, score, rank: 1 + (above?.count ?? 0) - (hiddenAbove?.count ?? 0) };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  /** The idea's team, lead first: read here because teams build on ideas, not the other way. */
  private async teamOf(tx: TenantTx, idea: IdeaRef): Promise<string[]> {
    const rows = await tx.query<{ member_id: string }>(
      `SELECT member_id FROM team_members WHERE tenant_id = $1 AND idea_id = $2 ORDER BY joined_at, id`,
      [tx.tenantId, idea.id],
    );
    return [...new Set([idea.authorId, ...rows.map((row) => row.member_id)])];
  }
}

/** Which members (as `alias`) a board leaves off: suspended members, and board members on TRADERS. */
function hidden(board: BoardKind, alias: string): string {
  return board === 'TRADERS' ? `(${alias}.suspended OR ${alias}.role = 'BOARD')` : `${alias}.suspended`;
}

function isScored(stage: string): stage is ScoredStage {
  return stage === 'TEAMING' || stage === 'INVESTMENT' || stage === 'IMPLEMENTED';
}
