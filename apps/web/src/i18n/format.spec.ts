import { describe, expect, it } from '@jest/globals';
import { formatAmountNumber, formatCount, formatDate, formatDateTime, formatPounds } from './format';
import { createI18n } from './i18n';

const english = createI18n('en').getFixedT('en', 'common');
const welsh = createI18n('cy').getFixedT('cy', 'common');

describe('numbers for people', () => {
  it('shows amounts with two decimal places and grouped thousands', () => {
    expect(formatAmountNumber('1234.5')).toBe('1,234.50');
    expect(formatAmountNumber('12')).toBe('12.00');
    expect(formatAmountNumber('-0.5')).toBe('-0.50');
  });

  it('shows real money in pounds and pence', () => {
    expect(formatPounds('36000')).toBe('£36,000.00');
    expect(formatPounds('0.5')).toBe('£0.50');
  });

  it('keeps every digit of a large amount, as it never passes through a float', () => {
    expect(formatAmountNumber('1234567890123456.78')).toBe('1,234,567,890,123,456.78');
  });

  it('refuses what is not an amount', () => {
    expect(() => formatAmountNumber('12.345')).toThrow(/not an amount/);
  });

  it('groups the thousands of a count', () => {
    expect(formatCount(12500)).toBe('12,500');
  });
});

describe('dates for people, in the language of the page', () => {
  it('names the month in the language, on the UK calendar day', () => {
    expect(formatDate('2019-12-03T09:54:33Z', english)).toBe('3 December 2019');
    expect(formatDate('2019-12-03T09:54:33Z', welsh)).toBe('3 Rhagfyr 2019');
    // Half past eleven at night UTC is already the next day in British Summer Time.
    expect(formatDate('2019-06-30T23:30:00Z', english)).toBe('1 July 2019');
    expect(formatDate('2019-06-30T23:30:00Z', welsh)).toBe('1 Gorffennaf 2019');
  });

  it('has a Welsh name for every month', () => {
    const months = Array.from(
      { length: 12 },
      (_, index) => formatDate(new Date(Date.UTC(2026, index, 15)).toISOString(), welsh).split(' ')[1],
    );
    expect(months).toEqual([
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ]);
  });

  it('gives the time on the UK clock, the GOV.UK way', () => {
    expect(formatDateTime('2019-06-30T23:30:00Z', english)).toBe('1 July 2019 at 12:30am');
    expect(formatDateTime('2019-06-30T23:30:00Z', welsh)).toBe('1 Gorffennaf 2019 am 12:30yb');
    expect(formatDateTime('2019-12-03T13:05:00Z', english)).toBe('3 December 2019 at 1:05pm');
    expect(formatDateTime('2019-12-03T12:00:00Z', welsh)).toBe('3 Rhagfyr 2019 am 12:00yh');
  });

  it('refuses what is not a date and time', () => {
    expect(() => formatDate('not a date', english)).toThrow(/not a date and time/);
  });
});
