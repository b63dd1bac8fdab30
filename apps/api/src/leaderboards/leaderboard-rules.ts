/**
 * What the leaderboards rank, in one place: this comment is their documentation.
 *
 * - INNOVATORS: points for an idea's progress. The author earns POSTED, TEAMING, INVESTMENT and
 *   IMPLEMENTED as the idea reaches each; every other member of an implemented idea's team earns
 *   TEAM_IMPLEMENTED. The author of a duplicate merged into an idea is credited as one of its
 *   authors: they earn its stage points too, for the stages reached before the merge and after.
 * - TEAMS: members ranked by their teams' achievements: every member of a team (lead included)
 *   earns INVESTMENT when the idea is floated and IMPLEMENTED when the board implements it.
 * - RECRUITERS: one point per recruit who took part (posted, supported, commented or traded).
 * - TRADERS: trading profit, realised and marked: what trades and settlements moved in the
 *   member's wallet plus their positions marked at current prices (as the portfolio marks them);
 *   grants, bonuses and rewards from the treasury are not profit. For WEEK and MONTH: the profit
 *   made in the period (trades, price moves and settlements then). Members who never traded are
 *   not on the board.
 *
 * Periods are the calendar week (from Monday) and the calendar month, in UTC, that hold the
 * event. Ranking is standard competition ranking ("1224"): equal scores share a rank and the
 * next rank skips; ties are listed in member id order. Board members are left off TRADERS. A
 * member without a score for the board and period is not ranked at all (myRank is null), so an
 * empty board ranks nobody.
 * Points are whole numbers; scores are served as Amounts, so 10 points read "10.00".
 */
export type BoardKind = 'INNOVATORS' | 'TRADERS' | 'RECRUITERS' | 'TEAMS';
export type PeriodName = 'WEEK' | 'MONTH' | 'ALL_TIME';
export type PointsBoard = Exclude<BoardKind, 'TRADERS'>;

export const POINTS = {
  INNOVATORS: { POSTED: 10, TEAMING: 20, INVESTMENT: 30, IMPLEMENTED: 50, TEAM_IMPLEMENTED: 25 },
  TEAMS: { INVESTMENT: 20, IMPLEMENTED: 50 },
  RECRUITERS: { TOOK_PART: 1 },
} as const;

/** A score in hundredths, so points print like amounts. */
export function pointsToScore(points: number): bigint {
  return BigInt(points) * 100n;
}

/** First day (UTC) of the week (from Monday) and month holding `at`, as ISO dates. */
export function periodStarts(at: Date): Record<PeriodName, string> {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - sinceMonday * 86_400_000);
  const month = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  return { ALL_TIME: '1970-01-01', WEEK: monday.toISOString().slice(0, 10), MONTH: month.toISOString().slice(0, 10) };
}
