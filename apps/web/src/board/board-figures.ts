/** A probability in (0, 1) as a whole percentage for people: 0.623 -> 62. Never 0 or 100 while open. */
export function percentOf(probability: number): number {
  const rounded = Math.round(probability * 100);
  if (rounded <= 0 && probability > 0) return 1;
  if (rounded >= 100 && probability < 1) return 99;
  return rounded;
}

/** The price of a YES share in currency, as an API-style Amount ("0.62"), rounded down to the hundredth. */
export function sharePriceOf(probability: number): string {
  const hundredths = Math.floor(probability * 100);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The start of a long text for a table cell: whole words, up to `limit` characters, with an ellipsis. */
export function excerptOf(text: string, limit = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** A probability for people: "62%" (en-GB figures suit Welsh too, as in i18n/format.ts). */
export function formatPercent(probability: number): string {
  return PERCENT.format(percentOf(probability) / 100);
}
