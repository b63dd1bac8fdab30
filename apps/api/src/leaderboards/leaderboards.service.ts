import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../database/tenant-transaction';
import { addScores } from './leaderboard-periods.sql';
import { POINTS, type PointsBoard } from './leaderboard-rules';
import { TeamStore } from '../teams/team-store';

export interface Award {
  board: PointsBoard;
  memberId: string;
  /** Why, e.g. POSTED: with subjectId, the key that makes the award happen once. */
  reason: string;
  /** The idea, or the recruit, the points are for. */
  subjectId: string;
  points: number;
}

interface IdeaRef {
  id: string;
  authorId: string;
}

/** Stages that earn points, in the order an idea reaches them. */
const SCORED_STAGES = ['TEAMING', 'INVESTMENT', 'IMPLEMENTED'] as const;
type ScoredStage = (typeof SCORED_STAGES)[number];

/**
 * Innovator, team and recruiter points, earned in the transaction of the event that earns them
 * and added to per-period aggregate rows, so a leaderboard read (LeaderboardReadsService) is an
 * index range scan of the top rows.
 */
@Injectable()
export class LeaderboardsService {
  /** A member posted an idea (IdeasService.submit). */
  ideaPosted(tx: TenantTx, idea: IdeaRef): Promise<void> {
    return this.award(tx, [
      { board: 'INNOVATORS', memberId: idea.authorId, reason: 'POSTED', subjectId: idea.id, points: POINTS.INNOVATORS.POSTED },
    ]);
  }

  /**
   * An idea reached a stage (StageService.move): its author, the authors credited with it (read
   * through `creditedAuthors`, the ideas capability's own reader, only for a stage that scores),
   * and at later stages its team, score.
   */
  async stageReached(tx: TenantTx, idea: IdeaRef, stage: string, creditedAuthors: () => Promise<string[]>): Promise<void> {
    if (!isScored(stage)) return;
    const credited = (await creditedAuthors()).filter((memberId) => memberId !== idea.authorId);
    const authors = [idea.authorId, ...new Set(credited)];
    const awards: Award[] = authors.map((memberId) => ({
      board: 'INNOVATORS' as const,
      memberId,
      reason: stage,
      subjectId: idea.id,
      points: POINTS.INNOVATORS[stage],
    }));
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

  /**
   * The author of a duplicate merged into this idea is credited as one of its authors: the
   * author's points for every stage it has reached so far, and (stageReached) for those to come.
   */
  authorCredited(tx: TenantTx, idea: IdeaRef & { stage: string }, memberId: string): Promise<void> {
    const reached = SCORED_STAGES.slice(0, SCORED_STAGES.indexOf(idea.stage as ScoredStage) + 1);
    return this.award(
      tx,
      reached.map((stage) => ({ board: 'INNOVATORS', memberId, reason: stage, subjectId: idea.id, points: POINTS.INNOVATORS[stage] })),
    );
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
         SELECT $1, a.board, a.member_id, a.reason, a.subject_id, a.points, coalesce($7::timestamptz, app_now())
           FROM unnest($2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::bigint[]) AS a(board, member_id, reason, subject_id, points)
         ON CONFLICT ON CONSTRAINT leaderboard_points_once DO NOTHING
         RETURNING board, member_id, points
       ), summed AS (
         SELECT board, member_id, sum(points)::bigint * 100 AS delta, true AS all_periods FROM earned GROUP BY board, member_id
       )
       ${addScores('summed', 'd.board', 'coalesce($7::timestamptz, app_now())')}`,
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

  /**
   * The idea's team, lead first, from the teams capability's store: TeamsService cannot be injected
   * here, as teams build on ideas and ideas award points through this service.
   */
  private async teamOf(tx: TenantTx, idea: IdeaRef): Promise<string[]> {
    return [...new Set([idea.authorId, ...(await TeamStore.memberIdsOf(tx, idea.id))])];
  }
}

function isScored(stage: string): stage is ScoredStage {
  return stage === 'TEAMING' || stage === 'INVESTMENT' || stage === 'IMPLEMENTED';
}
