import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { BuyInput, QuoteInput, SellInput } from './market.inputs';
import { Market, Portfolio, Position, PricePoint, Quote, SettledPosition, Trade } from './market.types';
import { MarketService } from './market.service';
import { PortfolioService } from './portfolio.service';
import { TradingService } from './trading.service';

@Resolver()
export class MarketResolver {
  constructor(
    private readonly markets: MarketService,
    private readonly trading: TradingService,
    private readonly portfolios: PortfolioService,
  ) {}

  @Mutation(() => Trade)
  @Allow.member()
  async buyShares(@CurrentActor() actor: MemberActor, @Args('input') input: BuyInput): Promise<Trade> {
    return Trade.from(await this.trading.buy(actor, input));
  }

  @Mutation(() => Trade)
  @Allow.member()
  async sellShares(@CurrentActor() actor: MemberActor, @Args('input') input: SellInput): Promise<Trade> {
    return Trade.from(await this.trading.sell(actor, input));
  }

  @Query(() => Quote)
  @Allow.publicRead()
  async quote(@CurrentActor() actor: Actor, @Args('input') input: QuoteInput): Promise<Quote> {
    const { shares, cost, priceYesAfter } = await this.trading.quote(actor, input);
    return { shares, cost, priceYesAfter };
  }

  @Query(() => Market, { nullable: true, description: "The idea's market, if it has been floated." })
  @Allow.publicRead()
  async market(@CurrentActor() actor: Actor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Market | null> {
    const market = await this.markets.byIdea(actor, ideaId);
    return market ? Market.from(market) : null;
  }

  @Query(() => [PricePoint], { description: 'The most recent prices of the idea’s market, oldest first, from its opening.' })
  @Allow.publicRead()
  async priceHistory(
    @CurrentActor() actor: Actor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 500 }) first: number,
  ): Promise<PricePoint[]> {
    return this.markets.priceHistory(actor, ideaId, first);
  }

  @Query(() => [PricePoint], {
    description: 'The most recent prices of any market, outcome markets included, oldest first, from its opening.',
  })
  @Allow.publicRead()
  async marketHistory(
    @CurrentActor() actor: Actor,
    @Args('marketId', { type: () => ID }) marketId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 500 }) first: number,
  ): Promise<PricePoint[]> {
    return this.markets.marketHistory(actor, marketId, first);
  }

  @Query(() => Portfolio)
  @Allow.member()
  async portfolio(@CurrentActor() actor: MemberActor): Promise<Portfolio> {
    const view = await this.portfolios.portfolio(actor);
    const positions = view.positions.map((p) =>
      Object.assign(new Position(), {
        market: Market.from(p.market),
        ideaId: p.market.ideaId,
        outcome: p.outcome,
        shares: p.shares,
        value: p.value,
      }),
    );
    const settledPositions = view.settledPositions.map((p) =>
      Object.assign(new SettledPosition(), {
        market: Market.from(p.market),
        ideaId: p.market.ideaId,
        outcome: p.outcome,
        shares: p.shares,
        paid: p.paid,
        costBasis: p.costBasis,
        profit: p.profit,
        settledAt: p.settledAt,
      }),
    );
    return { balance: view.balance, positions, settledPositions, netWorth: view.netWorth };
  }
}
