import type { DateParts } from '../components/govuk/date-input';

/**
 * The end of the day typed, as the market's closing moment (23:59:59 UTC, so the whole UK day
 * is included in winter and all but its last hour in summer), or null when it is not a real date.
 */
export function closingMoment(parts: DateParts): Date | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => Number(part.trim()));
  if (![day, month, year].every(Number.isInteger) || year < 2000 || year > 2200) return null;
  const moment = new Date(Date.UTC(year, month - 1, day, 23, 59, 59));
  return moment.getUTCDate() === day && moment.getUTCMonth() === month - 1 ? moment : null;
}
