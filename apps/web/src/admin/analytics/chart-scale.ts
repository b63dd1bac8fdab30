/**
 * The gridlines of a chart of counts: whole numbers from 0, 1, 2 or 5 times a power of ten
 * apart, at most about five of them, the last at or above the largest count.
 */
export function countTicks(largest: number): number[] {
  const top = Math.max(1, Math.ceil(largest));
  const rough = top / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}

/** Where a value sits on a scale from 0 to `max` drawn over `length`, from its start. */
export function lengthOf(value: number, max: number, length: number): number {
  return max > 0 ? (value / max) * length : 0;
}
