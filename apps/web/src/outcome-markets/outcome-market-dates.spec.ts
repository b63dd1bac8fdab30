import { describe, expect, it } from '@jest/globals';
import { closingMoment } from './outcome-market-dates';

describe('an outcome market’s closing date', () => {
  it('closes at the end of the day typed', () => {
    expect(closingMoment({ day: '31', month: '3', year: '2027' })?.toISOString()).toBe('2027-03-31T23:59:59.000Z');
  });

  it('is not a date that does not exist, or parts that are not numbers', () => {
    expect(closingMoment({ day: '31', month: '2', year: '2027' })).toBeNull();
    expect(closingMoment({ day: 'x', month: '3', year: '2027' })).toBeNull();
    expect(closingMoment({ day: '1', month: '1', year: '27' })).toBeNull();
  });
});
