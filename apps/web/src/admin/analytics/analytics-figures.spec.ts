import { describe, expect, it } from '@jest/globals';
import { conversion, formatPercent, funnelRows, participationTotals, totalAmount } from './analytics-figures';

describe('analytics figures', () => {
  it('gives each step of the funnel its conversion from the step before and from the first', () => {
    const rows = funnelRows([
      { stage: 'BUZZ', count: 6 },
      { stage: 'TEAMING', count: 3 },
      { stage: 'INVESTMENT', count: 1 },
      { stage: 'IMPLEMENTED', count: 1 },
      { stage: 'REJECTED', count: 2 },
      { stage: 'ARCHIVED', count: 0 },
    ]);

    expect(rows.map((row) => [row.stage, row.onPath, row.fromPrevious, row.fromFirst])).toEqual([
      ['BUZZ', true, null, null],
      ['TEAMING', true, 0.5, 0.5],
      ['INVESTMENT', true, 1 / 3, 1 / 6],
      ['IMPLEMENTED', true, 1, 1 / 6],
      ['REJECTED', false, null, 2 / 6],
      ['ARCHIVED', false, null, 0],
    ]);
  });

  it('calls a rate over no ideas not applicable rather than dividing by zero', () => {
    expect(conversion(0, 0)).toBeNull();
    expect(conversion(3, 0)).toBeNull();
    expect(conversion(0, 4)).toBe(0);

    const rows = funnelRows([
      { stage: 'BUZZ', count: 0 },
      { stage: 'TEAMING', count: 0 },
      { stage: 'REJECTED', count: 0 },
    ]);
    expect(rows.map((row) => [row.fromPrevious, row.fromFirst])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('does not count a stage missing from the answer as a step with ideas', () => {
    const [implemented] = funnelRows([{ stage: 'IMPLEMENTED', count: 2 }]);
    expect(implemented.fromPrevious).toBeNull();
    expect(implemented.fromFirst).toBeNull();
  });

  it('writes rates as percentages with at most one decimal place', () => {
    expect(formatPercent(2 / 3)).toBe('66.7%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1 / 6)).toBe('16.7%');
  });

  it('sums each kind of participation over the weeks', () => {
    const week = (ideas: number, supports: number, comments: number, trades: number) => ({
      weekStart: '2025-03-03T00:00:00.000Z',
      ideas,
      supports,
      comments,
      trades,
    });
    expect(participationTotals([week(1, 2, 3, 4), week(0, 5, 0, 1)])).toEqual({ ideas: 1, supports: 7, comments: 3, trades: 5 });
    expect(participationTotals([])).toEqual({ ideas: 0, supports: 0, comments: 0, trades: 0 });
  });

  it('adds amounts exactly, to the hundredth', () => {
    expect(totalAmount(['0.10', '0.20', '1500.5'])).toBe('1500.80');
    expect(totalAmount([])).toBe('0.00');
  });
});
