import { Injectable } from '@nestjs/common';
import { markToMarket, type Outcome } from '@idea-exchange/market-maker';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import { Accounts } from '../ledger/ledger-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { costBases, costBasisKey } from './cost-basis';
import { settlementPayout } from './market-entries';
import { MarketStore, type MarketRow } from './market-store';

export interface SettledPositionView {
  market: MarketRow;
  outcome: Outcome;
  shares: bigint;
  paid: bigint;
  costBasis: bigint;
  profit: bigint;
  settledAt: Date;
}

export interface PortfolioView {
  balance: bigint;
  positions: Array<{ market: MarketRow; outcome: Outcome; shares: bigint; value: bigint }>;
  settledPositions: SettledPositionView[];
  netWorth: bigint;
}

/** A member's wallet and positions, marked at current prices. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
  ) {}

  portfolio(actor: MemberActor): Promise<PortfolioView> {
    // One snapshot, so the balance and the positions agree with each other.
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const balance = await this.ledger.balanceOf(tx, Accounts.wallet(actor.memberId));
        const held = await this.ledger.positions(tx, { memberId: actor.memberId });
        const redeemed = await this.ledger.redeemedPositions(tx, { memberId: actor.memberId });
        const marketIds = [...new Set([...held, ...redeemed].map((p) => p.marketId))];
        const markets = new Map((await MarketStore.byIds(tx, marketIds)).map((m) => [m.id, m]));
        const positions = held
          .flatMap((position) => {
            const market = markets.get(position.marketId);
            if (!market) return [];
            const price = position.outcome === 'YES' ? market.priceYes : 1 - market.priceYes;
            return [{ market, outcome: position.outcome, shares: position.shares, value: markToMarket(position.shares, price) }];
          })
          .sort((a, b) => b.market.openedAt.getTime() - a.market.openedAt.getTime());
        const netWorth = positions.reduce((total, position) => total + position.value, balance);
        const bases = costBases(await MarketStore.tradeLines(tx, actor.memberId, [...new Set(redeemed.map((p) => p.marketId))]));
        const settledPositions = redeemed.flatMap((position): SettledPositionView[] => {
          const market = markets.get(position.marketId);
          if (!market?.resolution) return [];
          const paid = settlementPayout(position, market.resolution);
          const costBasis = bases.get(costBasisKey(position.marketId, position.outcome)) ?? 0n;
          const { outcome, shares, settledAt } = position;
          return [{ market, outcome, shares, paid, costBasis, profit: paid - costBasis, settledAt }];
        });
        return { balance, positions, settledPositions, netWorth };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  /** What the member paid for what they hold in each (market, outcome) asked, by average cost. */
  async costBases(actor: MemberActor, held: ReadonlyArray<{ marketId: string; outcome: Outcome }>): Promise<bigint[]> {
    const lines = await this.db.withTenant(actor.tenantId, (tx) =>
      MarketStore.tradeLines(tx, actor.memberId, [...new Set(held.map((h) => h.marketId))]),
    );
    const bases = costBases(lines);
    return held.map((h) => bases.get(costBasisKey(h.marketId, h.outcome)) ?? 0n);
  }
}
