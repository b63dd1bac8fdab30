/**
 * The estimated annual saving of an idea (a row alias with tenant_id and id) from its latest
 * business case, as a scalar subquery for analytics to compose; null when it has none.
 */
export function latestEstimatedSaving(idea: string): string {
  return `(SELECT b.estimated_annual_saving FROM business_cases b
            WHERE b.tenant_id = ${idea}.tenant_id AND b.idea_id = ${idea}.id ORDER BY b.version DESC LIMIT 1)`;
}
