/**
 * SQL for the periods a moment falls in, so every writer and reader buckets time the same way
 * as `periodStarts`: (period, period_start) rows for the timestamptz expression given.
 */
export function periodsAt(at: string): string {
  return `(VALUES ('ALL_TIME', DATE '1970-01-01'),
                  ('MONTH', date_trunc('month', (${at}) AT TIME ZONE 'UTC')::date),
                  ('WEEK', date_trunc('week', (${at}) AT TIME ZONE 'UTC')::date))`;
}

/** The first day of the current period for a period name given as a parameter. */
export function currentPeriodStart(period: string): string {
  return `CASE ${period} WHEN 'ALL_TIME' THEN DATE '1970-01-01'
            WHEN 'MONTH' THEN date_trunc('month', now() AT TIME ZONE 'UTC')::date
            ELSE date_trunc('week', now() AT TIME ZONE 'UTC')::date END`;
}

/**
 * Adds score deltas to the leaderboard rows of `board`, from a relation `deltas(member_id,
 * delta, all_periods)`: to ALL_TIME always, and to the WEEK and MONTH holding `at` (an
 * expression, which may name the relation's own column as `d.at`) when all_periods. Deltas for
 * the same row are summed first, and rows are locked in (member, period) order, the one order
 * every writer uses.
 */
export function addScores(deltas: string, board: string, at = 'app_now()'): string {
  return `INSERT INTO leaderboard_scores (tenant_id, board, period, period_start, member_id, score)
    SELECT current_tenant_id(), ${board}, p.period, p.start, d.member_id, sum(d.delta)::bigint
      FROM ${deltas} d CROSS JOIN LATERAL ${periodsAt(at)} AS p(period, start)
     WHERE d.all_periods OR p.period = 'ALL_TIME'
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 5, 3, 4
    ON CONFLICT (tenant_id, board, period, period_start, member_id)
      DO UPDATE SET score = leaderboard_scores.score + EXCLUDED.score`;
}
