import type { AnalyticsTable } from '../../generated/graphql';

const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "demo-implemented-ideas-2025-03-24.csv": the instance, the table and the UK's date today. */
export function csvFileName(slug: string, table: AnalyticsTable, now: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => UK_DAY.formatToParts(now).find((p) => p.type === type)?.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return `${slug}-${table.toLowerCase().replace(/_/g, '-')}-${day}.csv`;
}

/**
 * Hands the CSV to the browser as a download. The byte order mark tells spreadsheet programs
 * (Excel above all) that the file is UTF-8, so names with accents or Welsh letters survive.
 */
export function saveCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the object URL after the click returns; let it go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
