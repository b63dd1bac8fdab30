/**
 * How many recruits of each inviter took part, as `(inviter_id, took_part)` rows of the tenant
 * `$1`: the ledger's audit checks every recruit bonus against them. Registered with
 * LedgerAuditService at start-up, since recruitment builds on the ledger.
 */
export const RECRUITS_WHO_TOOK_PART = `SELECT inviter_id, count(*) AS took_part FROM recruits
  WHERE tenant_id = $1 AND took_part_at IS NOT NULL GROUP BY inviter_id`;
