export interface PriceAt {
  /** An API DateTime. */
  at: string;
  priceYes: number;
}

/** The plot area inside the chart's viewBox, in SVG units. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PriceLine {
  /** An SVG path: the price holds until the next trade, so the line steps. */
  path: string;
  /** Where each recorded price starts. */
  points: Point[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The y of a probability: 100% at the top of the plot, 0% at the bottom. */
export function yOf(priceYes: number, area: PlotArea): number {
  return round(area.top + (1 - priceYes) * area.height);
}

/**
 * The line of a market's prices, oldest first, drawn against time up to `until` (now, or when the
 * market settled). Prices all recorded in the same instant are spread evenly instead, so that
 * each still shows.
 */
export function priceLine(history: readonly PriceAt[], until: string, area: PlotArea): PriceLine {
  if (history.length === 0) return { path: '', points: [] };
  const times = history.map((point) => new Date(point.at).getTime());
  const start = times[0];
  const end = Math.max(new Date(until).getTime(), times[times.length - 1]);
  const span = end - start;
  const fraction = (index: number) => (span > 0 ? (times[index] - start) / span : index / history.length);
  const points = history.map((point, index) => ({ x: round(area.left + fraction(index) * area.width), y: yOf(point.priceYes, area) }));
  const steps = points.map((point, index) => (index === 0 ? `M${point.x} ${point.y}` : `H${point.x} V${point.y}`));
  return { path: `${steps.join(' ')} H${area.left + area.width}`, points };
}
