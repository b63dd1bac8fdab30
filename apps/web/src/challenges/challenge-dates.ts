import type { DateParts } from '../components/govuk/date-input';

export type DateProblem = 'missing' | 'invalid';

/** A calendar day typed in three boxes, or what is wrong with it. */
export type DayOrProblem = { day: { year: number; month: number; date: number } } | { problem: DateProblem };

export function readDay(parts: DateParts): DayOrProblem {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!day && !month && !year) return { problem: 'missing' };
  if (![day, month, year].every((part) => /^\d+$/.test(part)) || year.length !== 4) return { problem: 'invalid' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return { problem: 'invalid' };
  return { day: { year: y, month: m, date: d } };
}

/**
 * A challenge is open from the start of its first day to the end of its last, on UK time. The
 * offset of London from UTC on that day comes from Intl, so summer time is right.
 */
export function ukDayBoundary(day: { year: number; month: number; date: number }, edge: 'start' | 'end'): Date {
  const utcGuess = Date.UTC(day.year, day.month - 1, edge === 'start' ? day.date : day.date + 1);
  const offsetMinutes = londonOffsetMinutes(new Date(utcGuess));
  return new Date(utcGuess - offsetMinutes * 60_000 - (edge === 'end' ? 1000 : 0));
}

function londonOffsetMinutes(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' }).formatToParts(moment);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
