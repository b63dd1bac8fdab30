import { describe, expect, it } from '@jest/globals';
import { savingFrom, totalOf } from './impact-amounts';

describe('impact amounts', () => {
  it('adds amounts exactly', () => {
    expect(totalOf(['0.10', '0.20', '8500.00'])).toBe('8500.30');
    expect(totalOf([])).toBe('0.00');
  });

  it('reads a typed saving with two decimals at most', () => {
    expect(savingFrom('£1,500.5')).toEqual({ amount: '1500.50' });
    expect(savingFrom('0')).toEqual({ amount: '0.00' });
    expect(savingFrom('1.234')).toEqual({ problem: 'savingFormat' });
    expect(savingFrom('')).toEqual({ problem: 'savingMissing' });
    expect(savingFrom('2000000000')).toEqual({ problem: 'savingTooLarge' });
  });
});
