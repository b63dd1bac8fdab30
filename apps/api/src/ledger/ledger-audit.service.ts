import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { recruitBonusMonthlyCap } from '../tenants/tenant-settings.sql';

export interface LedgerAuditResult {
  balanced: boolean;
  issued: bigint;
  circulating: bigint;
  entries: number;
  problems: string[];
  /** Every check the audit ran, passed or not, so a clean result says what it proved. */
  checks: string[];
}

/**
 * Relations other capabilities own that the audit reconciles the ledger with, each SQL over the
 * tenant `$1`: markets (tenant_id, id, subsidy, liquidity, shares_yes, shares_no, open), trades
 * (tenant_id, id, entry_id, member_id, market_id, outcome, cost, shares, balance_after) and
 * recruits who took part (inviter_id, took_part). Their owners build on the ledger, so they hand
 * them in at start-up (`addSource`) and every check stays one statement.
 */
export interface LedgerAuditSources {
  markets: string;
  trades: string;
  recruitsWhoTookPart: string;
}

const SAMPLE = 20;

/** Entry kinds that may move the treasury, and which way: issuance out of it, settlement back in. */
const ISSUANCE = `('STARTING_GRANT', 'RECRUIT_BONUS', 'STAGE_REWARD', 'MARKET_SUBSIDY')`;

/** The postings of an entry with their accounts, for the reconciliations below. */
const ENTRY_POSTINGS = `postings p JOIN ledger_accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id`;

function reconciliations(source: LedgerAuditSources): Array<[string, string]> {
  return [
    [
      'member has more than one starting grant',
      `SELECT 'member ' || member_id || ' has ' || count(*) || ' grants' AS problem FROM journal_entries
      WHERE tenant_id = $1 AND kind = 'STARTING_GRANT' GROUP BY member_id HAVING count(*) > 1`,
    ],
    [
      'grant or bonus not paid from the treasury to its member',
      `SELECT 'entry ' || e.id || ' (' || e.kind || ')' AS problem FROM journal_entries e
      WHERE e.tenant_id = $1 AND e.kind IN ('STARTING_GRANT', 'RECRUIT_BONUS')
        AND (SELECT count(*) <> 2
                 OR count(*) FILTER (WHERE a.kind = 'TREASURY' AND p.amount < 0) <> 1
                 OR count(*) FILTER (WHERE a.kind = 'WALLET' AND a.member_id = e.member_id AND p.amount > 0) <> 1
               FROM ${ENTRY_POSTINGS} WHERE p.tenant_id = e.tenant_id AND p.entry_id = e.id)`,
    ],
    [
      'stage reward paid more than once for an idea and stage',
      `SELECT 'idea ' || idea_id || ': ' || reason_kind || ' paid ' || count(*) || ' times' AS problem FROM journal_entries
      WHERE tenant_id = $1 AND kind = 'STAGE_REWARD' GROUP BY idea_id, reason_kind HAVING count(*) > 1`,
    ],
    [
      'recruit bonuses over the monthly cap',
      `SELECT 'member ' || e.member_id || ' got ' || count(*) || ' in ' || to_char(date_trunc('month', e.created_at AT TIME ZONE 'UTC'), 'YYYY-MM')
            || ' (cap ' || ${recruitBonusMonthlyCap('$1')} || ')' AS problem
       FROM journal_entries e
      WHERE e.tenant_id = $1 AND e.kind = 'RECRUIT_BONUS'
      GROUP BY e.member_id, date_trunc('month', e.created_at AT TIME ZONE 'UTC')
     HAVING count(*) > ${recruitBonusMonthlyCap('$1')}`,
    ],
    [
      'recruit bonuses without recruits who took part',
      `SELECT 'member ' || b.member_id || ' was paid ' || b.paid || ' for ' || coalesce(r.took_part, 0) || ' recruits' AS problem
       FROM (SELECT member_id, count(*) AS paid FROM journal_entries WHERE tenant_id = $1 AND kind = 'RECRUIT_BONUS' GROUP BY member_id) b
       LEFT JOIN (${source.recruitsWhoTookPart}) r
         ON r.inviter_id = b.member_id
      WHERE b.paid > coalesce(r.took_part, 0)`,
    ],
    [
      'market subsidy differs from its rule',
      // b·ln 2 rounded up (the pricing maths may add a hundredth of margin), posted once into the pool.
      `SELECT 'market ' || m.id || ': subsidy ' || m.subsidy || ', posted ' || coalesce(s.posted::text, 'nothing') || ' in '
            || coalesce(s.entries, 0) || ' entries' AS problem
       FROM (${source.markets}) m
       LEFT JOIN (SELECT a.market_id, sum(p.amount) AS posted, count(DISTINCT e.id) AS entries
                    FROM journal_entries e JOIN ${ENTRY_POSTINGS} ON p.tenant_id = e.tenant_id AND p.entry_id = e.id
                   WHERE e.tenant_id = $1 AND e.kind = 'MARKET_SUBSIDY' AND a.kind = 'POOL' GROUP BY a.market_id) s ON s.market_id = m.id
      WHERE (s.entries IS DISTINCT FROM 1 OR s.posted IS DISTINCT FROM m.subsidy
             OR m.subsidy NOT BETWEEN ceil(m.liquidity * ln(2::float8))::bigint AND ceil(m.liquidity * ln(2::float8))::bigint + 1)`,
    ],
    [
      'treasury moved by an entry that may not move it',
      // Issuance only takes from the treasury; a settlement only returns a pool's remainder to it.
      `SELECT 'entry ' || e.id || ' (' || e.kind || ') moved ' || p.amount AS problem
       FROM journal_entries e JOIN ${ENTRY_POSTINGS} ON p.tenant_id = e.tenant_id AND p.entry_id = e.id
      WHERE e.tenant_id = $1 AND a.kind = 'TREASURY'
        AND NOT ((e.kind IN ${ISSUANCE} AND p.amount < 0) OR (e.kind = 'SETTLEMENT' AND p.amount > 0))`,
    ],
    [
      'trade differs from its postings',
      `SELECT 'trade ' || t.id || ' (entry ' || t.entry_id || ')' AS problem
       FROM (${source.trades}) t
       JOIN journal_entries e ON e.tenant_id = t.tenant_id AND e.id = t.entry_id
       CROSS JOIN LATERAL (
         SELECT count(*) AS n,
                sum(p.amount) FILTER (WHERE a.kind = 'WALLET' AND a.member_id = t.member_id) AS wallet,
                max(p.balance_after) FILTER (WHERE a.kind = 'WALLET' AND a.member_id = t.member_id) AS wallet_after,
                sum(p.amount) FILTER (WHERE a.kind = 'POOL' AND a.market_id = t.market_id) AS pool,
                sum(p.amount) FILTER (WHERE a.kind = 'POSITION' AND a.member_id = t.member_id AND a.market_id = t.market_id
                                        AND a.outcome = t.outcome) AS position,
                sum(p.amount) FILTER (WHERE a.kind = 'SHARES_ISSUED' AND a.market_id = t.market_id AND a.outcome = t.outcome) AS issued
           FROM ${ENTRY_POSTINGS} WHERE p.tenant_id = t.tenant_id AND p.entry_id = t.entry_id) q
      WHERE (e.kind <> 'TRADE' OR e.member_id IS DISTINCT FROM t.member_id OR q.n <> 4
             OR q.wallet IS DISTINCT FROM -t.cost OR q.pool IS DISTINCT FROM t.cost
             OR q.position IS DISTINCT FROM t.shares OR q.issued IS DISTINCT FROM -t.shares
             OR q.wallet_after IS DISTINCT FROM t.balance_after)`,
    ],
    [
      'trade entry without its trade',
      `SELECT 'entry ' || e.id AS problem FROM journal_entries e
       LEFT JOIN (${source.trades}) t ON t.tenant_id = e.tenant_id AND t.entry_id = e.id
      WHERE e.tenant_id = $1 AND e.kind = 'TRADE' AND t.id IS NULL`,
    ],
    [
      'balance_after chain broken',
      `SELECT a.key || ' at entry ' || c.entry_id || ': ' || coalesce(c.before, 0) || ' + ' || c.amount || ' is not ' || c.balance_after AS problem
       FROM (SELECT account_id, entry_id, amount, balance_after,
                    lag(balance_after) OVER (PARTITION BY account_id ORDER BY entry_id, id) AS before
               FROM postings WHERE tenant_id = $1) c
       JOIN ledger_accounts a ON a.tenant_id = $1 AND a.id = c.account_id
      WHERE coalesce(c.before, 0) + c.amount <> c.balance_after`,
    ],
    [
      'balance differs from its last balance_after',
      `SELECT a.key || ' holds ' || a.balance || ' but its last posting left ' || l.balance_after AS problem
       FROM ledger_accounts a
       JOIN LATERAL (SELECT balance_after FROM postings p WHERE p.tenant_id = a.tenant_id AND p.account_id = a.id
                      ORDER BY entry_id DESC, id DESC LIMIT 1) l ON true
      WHERE a.tenant_id = $1 AND a.balance <> l.balance_after`,
    ],
  ];
}

/**
 * Invariants 1–3 of the design, checked in SQL over a whole instance from one snapshot: entries
 * and assets balance, nothing is negative, outstanding shares equal positions, pools can pay. And
 * the reconciliations of the design's "Trust" section: every issuance with its rule, every trade
 * row with its postings, every account's balance_after chain, and no settlement drawing on the
 * treasury.
 */
@Injectable()
export class LedgerAuditService {
  private readonly sources: Partial<LedgerAuditSources> = {};

  constructor(private readonly db: Database) {}

  /** Called at start-up by the capability that owns the relation. */
  addSource(name: keyof LedgerAuditSources, sql: string): void {
    this.sources[name] = sql;
  }

  audit(tenantId: string): Promise<LedgerAuditResult> {
    return this.db.withTenant(tenantId, (tx) => this.run(tx), { isolation: 'REPEATABLE READ' });
  }

  private async run(tx: TenantTx): Promise<LedgerAuditResult> {
    const source = this.complete();
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
                   FROM (${source.markets}) m CROSS JOIN (VALUES ('YES'), ('NO')) AS o(outcome)
                   LEFT JOIN ledger_accounts a ON a.tenant_id = m.tenant_id AND a.market_id = m.id AND a.outcome = o.outcome
                  GROUP BY m.id, o.outcome, m.shares_yes, m.shares_no) s
          WHERE s.outstanding <> s.issued OR s.issued <> s.held`,
      ],
      [
        'pool cannot pay its winners',
        `SELECT 'market ' || m.id || ' pool ' || coalesce(a.balance, 0) || (CASE WHEN m.open THEN ' below its outstanding shares' ELSE ' not zero after settlement' END) AS problem
           FROM (${source.markets}) m
           LEFT JOIN ledger_accounts a ON a.tenant_id = m.tenant_id AND a.market_id = m.id AND a.kind = 'POOL'
          WHERE CASE WHEN m.open THEN coalesce(a.balance, 0) < greatest(m.shares_yes, m.shares_no) ELSE coalesce(a.balance, 0) <> 0 END`,
      ],
      ...reconciliations(source),
    ];
    const problems: string[] = [];
    for (const [title, sql] of checks) {
      const rows = await tx.query<{ problem: string }>(`${sql} LIMIT ${SAMPLE}`, t);
      problems.push(...rows.map((row) => `${title}: ${row.problem}`));
    }
    const issued = BigInt(totals?.issued ?? '0');
    const circulating = BigInt(totals?.circulating ?? '0');
    if (issued !== circulating) problems.push(`issued ${issued} differs from circulating ${circulating}`);
    return {
      balanced: problems.length === 0,
      issued,
      circulating,
      entries: totals?.entries ?? 0,
      problems,
      checks: [...checks.map(([title]) => title), 'issued equals circulating'],
    };
  }

  /** The sources every check needs; one missing is a fault of the app's wiring, not of the ledger. */
  private complete(): LedgerAuditSources {
    const { markets, trades, recruitsWhoTookPart } = this.sources;
    if (!markets || !trades || !recruitsWhoTookPart) throw new Error('the ledger audit is missing a source of markets, trades or recruits');
    return { markets, trades, recruitsWhoTookPart };
  }
}
