import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import type { TenantTx } from '../database/tenant-transaction';
import { IdeasService } from '../ideas/ideas.service';
import { DecidersMayNotTrade, HiddenIdeaMayNotTrade, MarketNotFound } from './market.errors';

/**
 * Who may trade an idea's market, or ask for a quote to trade it. Checked before any pricing, so
 * a refused member learns nothing of the price. Board members decide markets and admins appoint
 * the board, so neither trades; a market whose idea moderators have hidden does not trade at all.
 */
@Injectable()
export class TradeAccess {
  constructor(private readonly ideas: IdeasService) {}

  /** Board members and admins never trade, whatever the market. */
  requireTrader(actor: Actor): void {
    if (actor.kind === 'member' && (actor.role === 'BOARD' || actor.role === 'ADMIN')) throw new DecidersMayNotTrade(actor.role);
  }

  async requireMayTrade(tx: TenantTx, actor: Actor, ideaId: string): Promise<void> {
    this.requireTrader(actor);
    const idea = await this.ideas.findIn(tx, actor, ideaId);
    // A member who cannot see the hidden idea finds no market, exactly as for a missing idea.
    if (!idea) throw new MarketNotFound();
    if (idea.hidden) throw new HiddenIdeaMayNotTrade();
  }
}
