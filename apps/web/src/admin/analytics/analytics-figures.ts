import { formatAmount, parseAmount, sumAmounts } from '@idea-exchange/money';
import type { IdeaStage } from '../../generated/graphql';

/** The stages an idea climbs, in order. REJECTED and ARCHIVED are ways out of the funnel, not steps in it. */
export const FUNNEL_PATH: readonly IdeaStage[] = ['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED'];

export interface StageCount {
  stage: IdeaStage;
  count: number;
}

export interface FunnelRow extends StageCount {
  /** Whether the stage is a step of the funnel (BUZZ to IMPLEMENTED). */
  onPath: boolean;
  /** Of the ideas that reached the step before, the share that reached this one; null where there is no step before or it is empty. */
  fromPrevious: number | null;
  /** Of all ideas (every idea starts in BUZZ), the share that reached this stage; null for BUZZ itself or when there are no ideas. */
  fromFirst: number | null;
}

/** part / whole, or null when the whole is empty: a rate over nothing is not zero, it is not applicable. */
export function conversion(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The funnel as the API gives it (ideas that ever reached each stage), with its conversion rates. */
export function funnelRows(funnel: readonly StageCount[]): FunnelRow[] {
  const counts = new Map(funnel.map(({ stage, count }) => [stage, count]));
  const first = counts.get(FUNNEL_PATH[0]) ?? 0;
  return funnel.map(({ stage, count }) => {
    const step = FUNNEL_PATH.indexOf(stage);
    const previous = step > 0 ? FUNNEL_PATH[step - 1] : undefined;
    return {
      stage,
      count,
      onPath: step >= 0,
      fromPrevious: previous === undefined ? null : conversion(count, counts.get(previous) ?? 0),
      fromFirst: step === 0 ? null : conversion(count, first),
    };
  });
}

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** A rate as people read it: 0.6667 -> "66.7%", 1 -> "100%". Welsh writes percentages the same way. */
export function formatPercent(rate: number): string {
  return PERCENT.format(rate);
}

export interface ParticipationWeek {
  weekStart: string;
  ideas: number;
  supports: number;
  comments: number;
  trades: number;
}

export const PARTICIPATION_SERIES = ['ideas', 'supports', 'comments', 'trades'] as const;
export type ParticipationSeries = (typeof PARTICIPATION_SERIES)[number];

/** Each kind of participation summed over the weeks. */
export function participationTotals(weeks: readonly ParticipationWeek[]): Record<ParticipationSeries, number> {
  const totals = { ideas: 0, supports: 0, comments: 0, trades: 0 };
  for (const week of weeks) for (const series of PARTICIPATION_SERIES) totals[series] += week[series];
  return totals;
}

/** The sum of API Amounts, as an Amount: exactly, in hundredths, never through a float. */
export function totalAmount(amounts: readonly string[]): string {
  return formatAmount(sumAmounts(amounts.map(parseAmount)));
}
