/**
 * RFC 4180 CSV: every field quoted, quotes doubled, lines ended by CRLF. A text cell that a
 * spreadsheet would read as a formula (starting = + - @, or a tab or carriage return before
 * one) gets a leading apostrophe, so an idea titled "=HYPERLINK(...)" stays text when opened.
 */
export type CsvCell = string | number | bigint | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  const guarded = typeof cell === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${guarded.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
