import { nextPeriodStart } from './clock';

describe('the next period start the date-sensitive specs keep clear of', () => {
  it('is the coming Monday at midnight UTC within a month', () => {
    expect(nextPeriodStart(new Date('2026-12-05T17:00:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(nextPeriodStart(new Date('2026-12-07T00:00:00Z')).toISOString()).toBe('2026-12-14T00:00:00.000Z');
    expect(nextPeriodStart(new Date('2026-12-13T23:59:59Z')).toISOString()).toBe('2026-12-14T00:00:00.000Z');
  });

  it('is the first of the month when that comes before Monday', () => {
    expect(nextPeriodStart(new Date('2026-12-30T12:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextPeriodStart(new Date('2027-02-27T12:00:00Z')).toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });
});
