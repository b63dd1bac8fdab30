import type { LeaderboardKind, Period } from '../generated/graphql';

export const KINDS: readonly LeaderboardKind[] = ['INNOVATORS', 'TRADERS', 'RECRUITERS', 'TEAMS'];
export const PERIODS: readonly Period[] = ['WEEK', 'MONTH', 'ALL_TIME'];

const KIND_PARAMS: Record<LeaderboardKind, string> = {
  INNOVATORS: 'innovators',
  TRADERS: 'traders',
  RECRUITERS: 'recruiters',
  TEAMS: 'teams',
};
const PERIOD_PARAMS: Record<Period, string> = { WEEK: 'week', MONTH: 'month', ALL_TIME: 'all-time' };

export interface LeaderboardChoice {
  kind: LeaderboardKind;
  period: Period;
}

/** The board and period a page address asks for (`?board=traders&period=week`), innovators of all time by default. */
export function choiceFrom(params: URLSearchParams): LeaderboardChoice {
  const kind = KINDS.find((candidate) => KIND_PARAMS[candidate] === params.get('board')) ?? 'INNOVATORS';
  const period = PERIODS.find((candidate) => PERIOD_PARAMS[candidate] === params.get('period')) ?? 'ALL_TIME';
  return { kind, period };
}

/** The query string of a choice, for links between boards and periods. */
export function searchFor(choice: LeaderboardChoice): string {
  return `?board=${KIND_PARAMS[choice.kind]}&period=${PERIOD_PARAMS[choice.period]}`;
}
