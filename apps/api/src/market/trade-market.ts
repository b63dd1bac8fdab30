import type { TenantTx } from '../database/tenant-transaction';
import { isIdeaId } from './idea-id';
import { MarketStore, type MarketRow } from './market-store';
import { MarketNotFound, MarketPastClosingDate } from './market.errors';
import type { Settled } from './market-queue';

/** The market a trade or quote names: the idea, and one of its markets or none (the implementation market). */
export interface NamedMarket {
  ideaId: string;
  marketId?: string | null;
}

/**
 * Which market each trade or quote names, resolved before the trade core (which then works on
 * the market alone), in one statement for a whole batch: the given marketId, which must be one
 * of the idea's markets in this tenant (an outcome market only until its closing date), or else
 * the idea's implementation market. Each gets its own market or its own refusal. An outcome
 * market needs no look at its idea's stage: one opens only on an implemented idea, under the
 * idea's row lock, and implemented is a final stage.
 */
export async function tradeMarkets(tx: TenantTx, named: readonly NamedMarket[]): Promise<Array<Settled<MarketRow>>> {
  const wellFormed = named.map((n) => isIdeaId(n.ideaId) && (n.marketId == null || isIdeaId(n.marketId)));
  const asked = named.filter((_, i) => wellFormed[i]).map((n) => ({ ideaId: n.ideaId, marketId: n.marketId ?? null }));
  const found = asked.length > 0 ? await MarketStore.forTrades(tx, asked) : [];
  let next = 0;
  return named.map((_, i): Settled<MarketRow> => {
    if (!wellFormed[i]) return { ok: false, error: new MarketNotFound() };
    const row = found[next++];
    if (!row) return { ok: false, error: new MarketNotFound() };
    // Past its closing date the answer is known (NO) even before the job settles it.
    if (row.closed) return { ok: false, error: new MarketPastClosingDate() };
    return { ok: true, value: row.market };
  });
}

/** The one market a quote names, or its refusal. */
export async function tradeMarket(tx: TenantTx, named: NamedMarket): Promise<MarketRow> {
  const [answer] = await tradeMarkets(tx, [named]);
  if (!answer.ok) throw answer.error;
  return answer.value;
}
