import { describe, expect, it } from '@jest/globals';
import { priceLine, yOf } from './price-chart-geometry';

const area = { left: 50, top: 10, width: 100, height: 200 };

describe('the price chart line', () => {
  it('puts 100% at the top of the plot and 0% at the bottom', () => {
    expect(yOf(1, area)).toBe(10);
    expect(yOf(0, area)).toBe(210);
    expect(yOf(0.5, area)).toBe(110);
  });

  it('steps from price to price against time, holding the last price to the end', () => {
    const line = priceLine(
      [
        { at: '2025-01-01T00:00:00Z', priceYes: 0.5 },
        { at: '2025-01-01T00:00:30Z', priceYes: 0.75 },
      ],
      '2025-01-01T00:01:00Z',
      area,
    );
    expect(line.points).toEqual([
      { x: 50, y: 110 },
      { x: 100, y: 60 },
    ]);
    expect(line.path).toBe('M50 110 H100 V60 H150');
  });

  it('spreads prices recorded in the same instant evenly', () => {
    const at = '2025-01-01T00:00:00Z';
    const line = priceLine(
      [
        { at, priceYes: 0.5 },
        { at, priceYes: 0.6 },
      ],
      at,
      area,
    );
    expect(line.points.map((point) => point.x)).toEqual([50, 100]);
  });

  it('draws nothing without prices', () => {
    expect(priceLine([], '2025-01-01T00:00:00Z', area)).toEqual({ path: '', points: [] });
  });
});
