import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';

export interface LedgerAuditResult {
  balanced: boolean;
  issued: bigint;
  circulating: bigint;
  entries: number;
  problems: string[];
}

const SAMPLE = 20;

/**
 * Invariants 1–3 of the design, checked in SQL over a whole instance from one snapshot: entries
 * and assets balance, nothing is negative, outstanding shares equal positions, pools can pay.
 */
@Injectable()
export class LedgerAuditService {
  constructor(private readonly db: Database) {}

  audit(tenantId: string): Promise<LedgerAuditResult> {
    return this.db.withTenant(tenantId, (tx) => this.run(tx), { isolation: 'REPEATABLE READ' });
  }

  private async run(tx: TenantTx): Promise<LedgerAuditResult> {
    const t = [tx.tenantId];
    const totals = await tx.one<{ entries: number; issued: string; circulating: string }>(
      `SELECT (SELECT count(*) FROM journal_entries WHERE tenant_id = $1)::int AS entries,
              (SELECT coalesce(-sum(balance), 0) FROM ledger_accounts WHERE tenant_id = $1 AND kind = 'TREASURY')::text AS issued,
              (SELECT coalesce(sum(balance), 0) FROM ledger_accounts WHERE tenant_id = $1 AND kind IN ('WALLET', 'POOL'))::text AS circulating`,
      t,
    );
    const checks: Array<[string, string]> = [
      [
        'asset does not sum to zero',
        `SELECT asset || ' sums to ' || sum(balance) AS problem FROM ledger_accounts WHERE tenant_id = $1
          GROUP BY asset HAVING sum(balance) <> 0`,
      ],
      [
        'journal entry does not balance',
        `SELECT 'entry ' || p.entry_id || ' is off by ' || sum(p.amount) || ' in ' || a.asset AS problem
           FROM postings p JOIN ledger_accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
          WHERE p.tenant_id = $1 GROUP BY p.entry_id, a.asset HAVING sum(p.amount) <> 0`,
      ],
      [
        'journal entry has no postings',
        `SELECT 'entry ' || e.id AS problem FROM journal_entries e WHERE e.tenant_id = $1
            AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.tenant_id = e.tenant_id AND p.entry_id = e.id)`,
      ],
      [
        'balance differs from its postings',
        `SELECT a.key || ' holds ' || a.balance || ' but its postings sum to ' || coalesce(p.total, 0) AS problem
           FROM ledger_accounts a
           LEFT JOIN (SELECT account_id, sum(amount) AS total FROM postings WHERE tenant_id = $1 GROUP BY account_id) p
             ON p.account_id = a.id
          WHERE a.tenant_id = $1 AND a.balance <> coalesce(p.total, 0)`,
      ],
      [
        'balance on the wrong side of zero',
        `SELECT key || ' holds ' || balance AS problem FROM ledger_accounts WHERE tenant_id = $1
            AND ((kind IN ('TREASURY', 'SHARES_ISSUED') AND balance > 0) OR (kind NOT IN ('TREASURY', 'SHARES_ISSUED') AND balance < 0))`,
      ],
      [
        'outstanding shares differ from positions',
        `SELECT 'market ' || s.market_id || ' ' || s.outcome || ': outstanding ' || s.outstanding || ', issued ' || s.issued
                || ', held ' || s.held AS problem
           FROM (SELECT m.id AS market_id, o.outcome,
                        CASE WHEN o.outcome = 'YES' THEN m.shares_yes ELSE m.shares_no END AS outstanding,
                        coalesce(-sum(a.balance) FILTER (WHERE a.kind = 'SHARES_ISSUED'), 0) AS issued,
                        coalesce(sum(a.balance) FILTER (WHERE a.kind = 'POSITION'), 0) AS held
                   FROM markets m CROSS JOIN (VALUES ('YES'), ('NO')) AS o(outcome)
                   LEFT JOIN ledger_accounts a ON a.tenant_id = m.tenant_id AND a.market_id = m.id AND a.outcome = o.outcome
                  WHERE m.tenant_id = $1
                  GROUP BY m.id, o.outcome, m.shares_yes, m.shares_no) s
          WHERE s.outstanding <> s.issued OR s.issued <> s.held`,
      ],
      [
        'pool cannot pay its winners',
        `SELECT 'market ' || m.id || ' pool ' || coalesce(a.balance, 0) || (CASE WHEN m.open THEN ' below its outstanding shares' ELSE ' not zero after settlement' END) AS problem
           FROM markets m
           LEFT JOIN ledger_accounts a ON a.tenant_id = m.tenant_id AND a.market_id = m.id AND a.kind = 'POOL'
          WHERE m.tenant_id = $1
            AND CASE WHEN m.open THEN coalesce(a.balance, 0) < greatest(m.shares_yes, m.shares_no) ELSE coalesce(a.balance, 0) <> 0 END`,
      ],
    ];
    const problems: string[] = [];
    for (const [title, sql] of checks) {
      const rows = await tx.query<{ problem: string }>(`${sql} LIMIT ${SAMPLE}`, t);
      problems.push(...rows.map((row) => `${title}: ${row.problem}`));
    }
    const issued = BigInt(totals?.issued ?? '0');
    const circulating = BigInt(totals?.circulating ?? '0');
    if (issued !== circulating) problems.push(`issued ${issued} differs from circulating ${circulating}`);
    return { balanced: problems.length === 0, issued, circulating, entries: totals?.entries ?? 0, problems };
  }
}
