import { describe, expect, it } from '@jest/globals';
import { csvFileName } from './csv-download';

describe('CSV file names', () => {
  it('names the instance, the table and the date in the UK', () => {
    expect(csvFileName('demo', 'IMPLEMENTED_IDEAS', new Date('2025-03-24T12:00:00Z'))).toBe('demo-implemented-ideas-2025-03-24.csv');
    expect(csvFileName('demo', 'FUNNEL', new Date('2025-01-05T09:00:00Z'))).toBe('demo-funnel-2025-01-05.csv');
  });

  it('takes the day from the UK clock, which runs an hour ahead of UTC in summer', () => {
    expect(csvFileName('t-1', 'MEMBERS_SUMMARY', new Date('2025-06-30T23:30:00Z'))).toBe('t-1-members-summary-2025-07-01.csv');
  });
});
