import type { TenantTx } from '../database/tenant-transaction';
import { isIdeaId } from './idea-id';
import { MarketNotFound, MarketPastClosingDate } from './market.errors';

/**
 * Which market a trade or quote names, resolved before the trade core (which then works on the
 * market alone): the given marketId, which must be one of the idea's markets in this tenant (an
 * outcome market only once its idea is IMPLEMENTED, and only until its closing date), or else
 * the idea's implementation market.
 */
export async function tradeMarketId(tx: TenantTx, ideaId: string, marketId?: string | null): Promise<string> {
  if (!isIdeaId(ideaId) || (marketId != null && !isIdeaId(marketId))) throw new MarketNotFound();
  const row = await tx.one<{ id: string; kind: string; stage: string; closed: boolean }>(
    `SELECT m.id, m.kind, i.stage, coalesce(o.closes_at <= now(), false) AS closed
       FROM markets m
       JOIN ideas i ON i.tenant_id = m.tenant_id AND i.id = m.idea_id
       LEFT JOIN outcome_markets o ON o.tenant_id = m.tenant_id AND o.market_id = m.id
      WHERE m.tenant_id = $1 AND m.idea_id = $2
        AND CASE WHEN $3::uuid IS NULL THEN m.kind = 'IMPLEMENTATION' ELSE m.id = $3::uuid END`,
    [tx.tenantId, ideaId, marketId ?? null],
  );
  if (!row || (row.kind === 'OUTCOME' && row.stage !== 'IMPLEMENTED')) throw new MarketNotFound();
  // Past its closing date the answer is known (NO) even before the job settles it.
  if (row.closed) throw new MarketPastClosingDate();
  return row.id;
}
