/**
 * SQL for the instance's monthly cap on recruit bonuses, as a scalar subquery on the tenant given
 * (a parameter or column): the ledger's audit compares the bonuses it paid with it inside its own
 * statement, and the settings are the tenants' table.
 */
export function recruitBonusMonthlyCap(tenant: string): string {
  return `(SELECT recruit_bonus_monthly_cap FROM tenants WHERE id = ${tenant})`;
}
