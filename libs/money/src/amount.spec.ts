import fc from 'fast-check';
import { allocate, ceilDiv, describeAmount, floorDiv, formatAmount, parseAmount, sumAmounts } from './amount';

describe('amounts in hundredths', () => {
  it.each([
    ['12', 1200n],
    ['12.5', 1250n],
    ['12.50', 1250n],
    ['0.01', 1n],
    ['-3.07', -307n],
    [' 7.00 ', 700n],
  ])('parses %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each(['12.501', '1e3', 'abc', '', '.5', '12.', '--1', '1,000.00', 'NaN', 'Infinity'])('refuses %s', (text) => {
    expect(() => parseAmount(text)).toThrow(/is not an amount/);
  });

  it('prints two places and a sign', () => {
    expect(formatAmount(0n)).toBe('0.00');
    expect(formatAmount(5n)).toBe('0.05');
    expect(formatAmount(-50n)).toBe('-0.50');
    expect(formatAmount(123456789n)).toBe('1234567.89');
  });

  it('describes amounts for people with grouping and the currency name', () => {
    expect(describeAmount(123456789n, 'Peas')).toBe('1,234,567.89 Peas');
  });

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (value) => {
        expect(parseAmount(formatAmount(value))).toBe(value);
      }),
    );
  });

  it('divides with floor and ceiling for either sign', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(ceilDiv(7n, 2n)).toBe(4n);
    expect(ceilDiv(-7n, 2n)).toBe(-3n);
    expect(ceilDiv(6n, 2n)).toBe(3n);
  });

  it('allocates exactly, however the weights fall', () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(sumAmounts(parts)).toBe(total);
          parts.forEach((part, i) => {
            if (weights[i] === 0n) expect(part).toBe(0n);
            expect(part).toBeGreaterThanOrEqual(0n);
          });
        },
      ),
    );
  });
});
