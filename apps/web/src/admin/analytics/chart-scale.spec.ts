import { describe, expect, it } from '@jest/globals';
import { countTicks, lengthOf } from './chart-scale';

describe('chart scale', () => {
  it('spaces whole-number gridlines 1, 2 or 5 times a power of ten apart, up to the largest count', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(10)).toEqual([0, 5, 10]);
    expect(countTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('never puts the largest count above the top gridline', () => {
    for (let largest = 0; largest <= 500; largest++) {
      const ticks = countTicks(largest);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('scales a value to a length, and an empty scale to nothing', () => {
    expect(lengthOf(5, 10, 200)).toBe(100);
    expect(lengthOf(0, 0, 200)).toBe(0);
  });
});
