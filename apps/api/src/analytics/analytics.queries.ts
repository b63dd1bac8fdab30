import type { TenantTx } from '../database/tenant-transaction';
import { EngagementAnalytics } from '../engagement/engagement-analytics.sql';
import { IdeaAnalytics } from '../ideas/idea-analytics.sql';
import { realisedSaving } from '../impact/impact-analytics.sql';
import { MarketAnalytics } from '../market/market-analytics.sql';
import { MEMBERS_FOR_ANALYTICS } from '../members/member-analytics.sql';
import { latestEstimatedSaving } from '../teams/business-case-analytics.sql';

/**
 * The analytics, each one SQL aggregate over the domain's own tables, read in one snapshot.
 * A member is active when they posted, supported, commented or traded (sign-ins are not kept).
 */

export const FUNNEL_STAGES = ['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface ActivityTotals {
  members: number;
  active7d: number;
  active30d: number;
}

export interface MarketTotals {
  marketVolume: bigint;
  implementedIdeas: number;
  estimatedAnnualSavings: bigint;
  realisedSavings: bigint;
}

export interface WeekCounts {
  weekStart: Date;
  ideas: number;
  supports: number;
  comments: number;
  trades: number;
}

export interface RoleActivity {
  role: string;
  members: number;
  suspended: number;
  active7d: number;
  active30d: number;
}

export interface ImplementedIdeaRow {
  id: string;
  title: string;
  implementedAt: Date;
  estimatedAnnualSaving: bigint;
  realisedSaving: bigint;
}

/** Every action since `since` (an SQL timestamptz), as (member_id, at), each from its owner. */
function actionsSince(since: string): string {
  return `${IdeaAnalytics.submittedSince(since)}
  UNION ALL ${EngagementAnalytics.supportsSince(since)}
  UNION ALL ${EngagementAnalytics.commentsSince(since)}
  UNION ALL ${MarketAnalytics.tradesSince(since)}`;
}

/** Every action of the last 30 days, as (member, when). */
const RECENT_ACTIVITY = actionsSince(`now() - interval '30 days'`);

/** The latest business case of each implemented idea holds its estimated annual saving. */
const IMPLEMENTED = `
  SELECT i.id, i.title, i.stage_changed_at AS implemented_at,
         coalesce(${latestEstimatedSaving('i')}, 0) AS estimated,
         coalesce(${realisedSaving('i')}, 0) AS realised
    FROM (${IdeaAnalytics.implemented()}) i`;

export async function activityTotals(tx: TenantTx): Promise<ActivityTotals> {
  const row = await tx.one<ActivityTotals>(
    `SELECT (SELECT count(*) FROM (${MEMBERS_FOR_ANALYTICS}) m)::int AS members,
            count(DISTINCT member_id) FILTER (WHERE at >= now() - interval '7 days')::int AS "active7d",
            count(DISTINCT member_id)::int AS "active30d"
       FROM (${RECENT_ACTIVITY}) activity`,
    [tx.tenantId],
  );
  return row ?? { members: 0, active7d: 0, active30d: 0 };
}

/** Ideas that ever reached each stage, from their stage events (so later moves do not hide them). */
export async function funnel(tx: TenantTx): Promise<Array<{ stage: FunnelStage; count: number }>> {
  const rows = await tx.query<{ stage: FunnelStage; count: number }>(
    `SELECT s.stage, count(DISTINCT e.idea_id)::int AS count
       FROM unnest($2::text[]) WITH ORDINALITY AS s(stage, n)
       LEFT JOIN (${IdeaAnalytics.stageMoves()}) e ON e.to_stage = s.stage
      GROUP BY s.stage, s.n ORDER BY s.n`,
    [tx.tenantId, [...FUNNEL_STAGES]],
  );
  return rows;
}

export async function marketTotals(tx: TenantTx): Promise<MarketTotals> {
  const row = await tx.one<{ volume: string; implemented: number; estimated: string; realised: string }>(
    `SELECT ${MarketAnalytics.volume()} AS volume,
            count(*)::int AS implemented, coalesce(sum(estimated), 0) AS estimated, coalesce(sum(realised), 0) AS realised
       FROM (${IMPLEMENTED}) implemented`,
    [tx.tenantId],
  );
  return {
    marketVolume: BigInt(row?.volume ?? 0),
    implementedIdeas: row?.implemented ?? 0,
    estimatedAnnualSavings: BigInt(row?.estimated ?? 0),
    realisedSavings: BigInt(row?.realised ?? 0),
  };
}

/** Counts per calendar week (from Monday, UTC) for the last `weeks` weeks, this one included, oldest first. */
export async function participation(tx: TenantTx, weeks: number): Promise<WeekCounts[]> {
  const rows = await tx.query<{ week_start: Date; ideas: number; supports: number; comments: number; trades: number }>(
    `WITH weeks AS (
       SELECT generate_series(date_trunc('week', now() AT TIME ZONE 'UTC') - ($2::int - 1) * interval '1 week',
                              date_trunc('week', now() AT TIME ZONE 'UTC'), interval '1 week') AS week
     ), since AS (SELECT min(week) AT TIME ZONE 'UTC' AS at FROM weeks),
     events AS (
       SELECT 'idea' AS what, at FROM (${IdeaAnalytics.submittedSince('(SELECT at FROM since)')}) x
       UNION ALL SELECT 'support', at FROM (${EngagementAnalytics.supportsSince('(SELECT at FROM since)')}) x
       UNION ALL SELECT 'comment', at FROM (${EngagementAnalytics.commentsSince('(SELECT at FROM since)')}) x
       UNION ALL SELECT 'trade', at FROM (${MarketAnalytics.tradesSince('(SELECT at FROM since)')}) x
     )
     SELECT w.week AT TIME ZONE 'UTC' AS week_start,
            count(e.what) FILTER (WHERE e.what = 'idea')::int AS ideas,
            count(e.what) FILTER (WHERE e.what = 'support')::int AS supports,
            count(e.what) FILTER (WHERE e.what = 'comment')::int AS comments,
            count(e.what) FILTER (WHERE e.what = 'trade')::int AS trades
       FROM weeks w LEFT JOIN events e ON date_trunc('week', e.at AT TIME ZONE 'UTC') = w.week
      GROUP BY w.week ORDER BY w.week`,
    [tx.tenantId, weeks],
  );
  return rows.map((row) => ({
    weekStart: row.week_start,
    ideas: row.ideas,
    supports: row.supports,
    comments: row.comments,
    trades: row.trades,
  }));
}

/** Members per role, with how many are suspended and how many were active in 7 and 30 days. */
export async function roleActivity(tx: TenantTx): Promise<RoleActivity[]> {
  return tx.query<RoleActivity>(
    `WITH activity AS (${RECENT_ACTIVITY}),
     last AS (SELECT member_id, max(at) AS at FROM activity GROUP BY member_id)
     SELECT m.role, count(*)::int AS members, count(*) FILTER (WHERE m.suspended)::int AS suspended,
            count(l.at) FILTER (WHERE l.at >= now() - interval '7 days')::int AS "active7d",
            count(l.at)::int AS "active30d"
       FROM (${MEMBERS_FOR_ANALYTICS}) m LEFT JOIN last l ON l.member_id = m.id
      GROUP BY m.role ORDER BY m.role`,
    [tx.tenantId],
  );
}

export async function implementedIdeas(tx: TenantTx): Promise<ImplementedIdeaRow[]> {
  const rows = await tx.query<{ id: string; title: string; implemented_at: Date; estimated: string; realised: string }>(
    `${IMPLEMENTED} ORDER BY i.stage_changed_at DESC, i.id`,
    [tx.tenantId],
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    implementedAt: row.implemented_at,
    estimatedAnnualSaving: BigInt(row.estimated),
    realisedSaving: BigInt(row.realised),
  }));
}
