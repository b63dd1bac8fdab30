/**
 * Money and share quantities are integer hundredths held in a bigint, end to end.
 * "12.50" <-> 1250n. Nothing here ever touches a float.
 */
export type Hundredths = bigint;

const AMOUNT_PATTERN = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/;

export class AmountFormatError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not an amount: use digits with at most two decimal places, like 12.50`);
  }
}

/** Parses "12", "12.5" or "12.50" into hundredths; refuses a third decimal place, exponents and junk. */
export function parseAmount(input: string): Hundredths {
  const match = AMOUNT_PATTERN.exec(input.trim());
  if (!match) throw new AmountFormatError(input);
  const [, sign, whole, fraction = ''] = match;
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return sign ? -value : value;
}

export function isAmount(input: string): boolean {
  return AMOUNT_PATTERN.test(input.trim());
}

/** Prints hundredths as "12.50" (always two places, "-" for negatives). */
export function formatAmount(value: Hundredths): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole.toString()}.${fraction}`;
}

/** "1,234.50 Peas" for people; the API always uses formatAmount. */
export function describeAmount(value: Hundredths, currencyName: string): string {
  const [whole, fraction] = formatAmount(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}.${fraction} ${currencyName}`;
}

export function sumAmounts(values: Iterable<Hundredths>): Hundredths {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/** Floor division for bigints that also rounds negatives down (bigint `/` truncates toward zero). */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return remainder !== 0n && remainder < 0n !== denominator < 0n ? quotient - 1n : quotient;
}

export function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return -floorDiv(-numerator, denominator);
}

/**
 * Splits a total into parts proportional to the weights, exactly: the parts always add up to the
 * total. Remainders go to the largest fractional parts first, ties to the earliest weight.
 */
export function allocate(total: Hundredths, weights: readonly bigint[]): Hundredths[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((weight) => weight < 0n)) throw new RangeError('weights must not be negative');
  const weightSum = sumAmounts(weights);
  if (weightSum === 0n) throw new RangeError('weights must not all be zero');
  const parts = weights.map((weight) => floorDiv(total * weight, weightSum));
  let left = total - sumAmounts(parts);
  const order = weights
    .map((weight, index) => ({ index, rest: (total * weight) % weightSum }))
    .sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (let i = 0; left > 0n; i = (i + 1) % order.length, left -= 1n) parts[order[i].index] += 1n;
  return parts;
}
