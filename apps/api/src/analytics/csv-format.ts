import { formatAmount } from '@idea-exchange/money';

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, lines ended by CRLF. A text cell that a
 * spreadsheet would read as a formula gets a leading apostrophe, so an idea titled
 * "=HYPERLINK(...)" stays text when opened: one that starts with = + - @, with a tab or carriage
 * return, or with any spaces before a formula character (spreadsheets skip them). Numbers and
 * amounts are never guarded, so a negative amount stays a number a spreadsheet can add up.
 */
export type CsvCell = string | number | bigint | CsvAmount | null | undefined;

/** An amount of currency, written as a plain decimal ("-1234.50"): no separators, no currency name. */
export class CsvAmount {
  constructor(readonly hundredths: bigint) {}
}

export function csvAmount(hundredths: bigint): CsvAmount {
  return new CsvAmount(hundredths);
}

const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

export function csvField(cell: CsvCell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (cell instanceof CsvAmount) text = formatAmount(cell.hundredths);
  else if (typeof cell === 'string') text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  else text = String(cell);
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
