import { formatAmount, parseAmount } from '@idea-exchange/money';
import type { TFunction } from 'i18next';

/*
 * Numbers and dates for people, the same in every browser. Welsh writes numbers as English does
 * in the UK, so both use en-GB's; and the month names and the order of a date's parts come from
 * the catalogues, because browsers do not all carry Welsh locale data (Chromium has none, and
 * Intl would quietly fall back to another language). Intl still does the arithmetic: the UK's
 * calendar day and clock time for a moment, whatever the time zone of the reader's device.
 */

const NUMBER_LOCALE = 'en-GB';
const TIME_ZONE = 'Europe/London';
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** An API Amount ("1234.5", "-12.50") as "1,234.50", exactly: the decimal string goes to Intl as it is, never through a float. */
export function formatAmountNumber(amount: string): string {
  const exact = formatAmount(parseAmount(amount));
  const format = new Intl.NumberFormat(NUMBER_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.format(exact as Intl.StringNumericLiteral);
}

/**
 * An API Amount of real money, such as a business case's saving, in pounds: "£36,000.00". Not the
 * instance's play currency, which `amount` in useFormat() names.
 */
export function formatPounds(amount: string): string {
  const exact = formatAmount(parseAmount(amount));
  const format = new Intl.NumberFormat(NUMBER_LOCALE, { style: 'currency', currency: 'GBP' });
  return format.format(exact as Intl.StringNumericLiteral);
}

/** A whole number with its thousands grouped ("12,500"). */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 }).format(count);
}

interface UkClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const UK_CLOCK = new Intl.DateTimeFormat(NUMBER_LOCALE, {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** What a calendar and a clock in the UK showed at a moment given as an API DateTime. */
function ukClock(dateTime: string): UkClock {
  const moment = new Date(dateTime);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`"${dateTime}" is not a date and time`);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(UK_CLOCK.formatToParts(moment).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function dateOf(clock: UkClock, t: TFunction<'common'>): string {
  return t('dates.date', { day: clock.day, month: t(`dates.months.${MONTHS[clock.month - 1]}`), year: clock.year });
}

/** "3 December 2019", "3 Rhagfyr 2019". */
export function formatDate(dateTime: string, t: TFunction<'common'>): string {
  return dateOf(ukClock(dateTime), t);
}

/** "3 December 2019 at 9:54am", "3 Rhagfyr 2019 am 9:54yb": GOV.UK's 12-hour clock. */
export function formatDateTime(dateTime: string, t: TFunction<'common'>): string {
  const clock = ukClock(dateTime);
  const time = t('dates.time', {
    hour: clock.hour % 12 === 0 ? 12 : clock.hour % 12,
    minute: String(clock.minute).padStart(2, '0'),
    period: clock.hour < 12 ? t('dates.am') : t('dates.pm'),
  });
  return t('dates.dateTime', { date: dateOf(clock, t), time });
}
