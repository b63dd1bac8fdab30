/**
 * The saving realised by an idea (a row alias with tenant_id and id) over its impact records, as a
 * scalar subquery for analytics to compose; null when it has none.
 */
export function realisedSaving(idea: string): string {
  return `(SELECT sum(r.realised_saving) FROM impact_records r WHERE r.tenant_id = ${idea}.tenant_id AND r.idea_id = ${idea}.id)`;
}
