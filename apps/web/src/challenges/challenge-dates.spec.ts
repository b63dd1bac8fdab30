import { describe, expect, it } from '@jest/globals';
import { readDay, ukDayBoundary } from './challenge-dates';

describe('challenge dates', () => {
  it('reads a day from its three boxes', () => {
    expect(readDay({ day: ' 3 ', month: '12', year: '2026' })).toEqual({ day: { year: 2026, month: 12, date: 3 } });
  });

  it('says whether a day is missing or not a real day', () => {
    expect(readDay({ day: '', month: '', year: '' })).toEqual({ problem: 'missing' });
    expect(readDay({ day: '31', month: '2', year: '2026' })).toEqual({ problem: 'invalid' });
    expect(readDay({ day: '1', month: 'May', year: '2026' })).toEqual({ problem: 'invalid' });
    expect(readDay({ day: '1', month: '5', year: '26' })).toEqual({ problem: 'invalid' });
    expect(readDay({ day: '1', month: '', year: '2026' })).toEqual({ problem: 'invalid' });
  });

  it('opens at midnight and closes at the last second of the day, UK time, in winter and in summer', () => {
    expect(ukDayBoundary({ year: 2026, month: 1, date: 10 }, 'start').toISOString()).toBe('2026-01-10T00:00:00.000Z');
    expect(ukDayBoundary({ year: 2026, month: 1, date: 10 }, 'end').toISOString()).toBe('2026-01-10T23:59:59.000Z');
    expect(ukDayBoundary({ year: 2026, month: 7, date: 10 }, 'start').toISOString()).toBe('2026-07-09T23:00:00.000Z');
    expect(ukDayBoundary({ year: 2026, month: 7, date: 10 }, 'end').toISOString()).toBe('2026-07-10T22:59:59.000Z');
  });
});
