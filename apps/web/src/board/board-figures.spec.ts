import { describe, expect, it } from '@jest/globals';
import { excerptOf, formatPercent, percentOf, sharePriceOf } from './board-figures';

describe('market figures for the board', () => {
  it('shows a probability as a whole percentage that never claims certainty', () => {
    expect(percentOf(0.623)).toBe(62);
    expect(percentOf(0.5)).toBe(50);
    expect(percentOf(0.001)).toBe(1);
    expect(percentOf(0.9999)).toBe(99);
    expect(percentOf(1)).toBe(100);
    expect(formatPercent(0.623)).toBe('62%');
  });

  it('prices a YES share in hundredths, rounded down', () => {
    expect(sharePriceOf(0.6289)).toBe('0.62');
    expect(sharePriceOf(0.05)).toBe('0.05');
    expect(sharePriceOf(1)).toBe('1.00');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    expect(excerptOf('Short text.')).toBe('Short text.');
    expect(excerptOf('Paper forms take  ages to process, and staff retype them by hand', 30)).toBe('Paper forms take ages to…');
  });
});
