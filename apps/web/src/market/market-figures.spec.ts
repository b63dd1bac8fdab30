import { describe, expect, it } from '@jest/globals';
import { formatChance, magnitude, readAmount, sharePrice, slippageBound } from './market-figures';

describe('market figures', () => {
  it('shows the chance of YES as a percentage with at most one decimal place', () => {
    expect(formatChance(0.5)).toBe('50%');
    expect(formatChance(0.63245)).toBe('63.2%');
    expect(formatChance(0.999)).toBe('99.9%');
  });

  it('prices a share of either outcome to the hundredth', () => {
    expect(sharePrice(0.63245, 'YES')).toBe('0.63');
    expect(sharePrice(0.63245, 'NO')).toBe('0.37');
    expect(sharePrice(0.5, 'NO')).toBe('0.50');
  });

  it('reads what a member typed, refusing anything that is not a positive amount', () => {
    expect(readAmount(' 10 ')).toBe(1000n);
    expect(readAmount('1,234.5')).toBe(123450n);
    expect(readAmount('0')).toBeNull();
    expect(readAmount('-5')).toBeNull();
    expect(readAmount('1.234')).toBeNull();
    expect(readAmount('ten')).toBeNull();
    expect(readAmount('')).toBeNull();
  });

  it('lets a buy cost up to the slippage more, rounded up', () => {
    expect(slippageBound('10.00', 2)).toBe('10.20');
    expect(slippageBound('0.99', 1)).toBe('1.00');
    expect(slippageBound('0.00', 5)).toBe('0.00');
  });

  it('lets a sell pay down to the slippage less, rounded down', () => {
    expect(slippageBound('-10.00', 2)).toBe('9.80');
    expect(slippageBound('-0.99', 1)).toBe('0.98');
  });

  it('drops the sign of an amount', () => {
    expect(magnitude('-3.10')).toBe('3.10');
    expect(magnitude('3.10')).toBe('3.10');
  });
});
