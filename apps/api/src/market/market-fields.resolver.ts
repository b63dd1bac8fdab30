import { Args, Float, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { IdeasService } from '../ideas/ideas.service';
import { requestLoader } from '../common/graphql/request-loaders';
import { WalletEntry } from '../ledger/ledger.types';
import { LivePubSub } from '../live/live-pubsub';
import { requireIdeaId } from './idea-id';
import type { MarketRow } from './market-store';
import { IdeaNotFound, MarketNotFound } from './market.errors';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { Market, Outcome, Payout, Position, Quote, SettledPosition } from './market.types';
import { memberLoader } from '../common/graphql/member-loader';
import { Member } from '../members/member.types';
import { TenantSettings } from '../tenants/tenant.types';
import { MembersService } from '../members/members.service';
import { MarketService, marketTopic, priceTopic } from './market.service';
import { PortfolioService } from './portfolio.service';

function ideaLoader(actor: Actor, ideas: IdeasService) {
  return requestLoader<string, Idea | null>(actor, 'market.idea', async (ids) =>
    (await ideas.byIds(actor, ids)).map((idea) => (idea ? Idea.from(idea) : null)),
  );
}

/** An idea's market, once floated. */
@Resolver(() => Idea)
export class IdeaMarketResolver {
  constructor(private readonly markets: MarketService) {}

  @ResolveField(() => Market, { nullable: true, description: 'The market, once the idea has been floated.' })
  async market(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Market | null> {
    const loader = requestLoader<string, Market | null>(actor, 'idea.market', async (ids) =>
      (await this.markets.byIdeas(actor.tenantId, ids)).map((market) => (market ? Market.from(market) : null)),
    );
    return loader.load(idea.id);
  }
}

/**
 * Live prices: the market after every trade and at settlement, published after commit. A hidden
 * idea's market is not found here, as everywhere else, so its prices reach nobody who may not see it.
 */
@Resolver()
export class MarketLiveResolver {
  constructor(
    private readonly live: LivePubSub,
    private readonly ideas: IdeasService,
    private readonly markets: MarketService,
  ) {}

  @Subscription(() => Market, {
    description: "The idea's market after every trade and at settlement.",
    resolve: (market: MarketRow) => Market.from(market),
  })
  @Allow.publicRead()
  async marketUpdated(
    @CurrentActor() actor: Actor,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<AsyncIterableIterator<MarketRow>> {
    if (!(await this.ideas.find(actor, requireIdeaId(ideaId)))) throw new IdeaNotFound();
    return this.live.subscribe<MarketRow>(marketTopic(actor.tenantId, ideaId));
  }

  @Subscription(() => Market, {
    description: 'Any market (outcome markets included) after every trade and at settlement.',
    resolve: (market: MarketRow) => Market.from(market),
  })
  @Allow.publicRead()
  async priceChanged(
    @CurrentActor() actor: Actor,
    @Args('marketId', { type: () => ID }) marketId: string,
  ): Promise<AsyncIterableIterator<MarketRow>> {
    // Subscribing to a market of an idea hidden from the actor, or of another instance, is refused.
    if (!(await this.markets.byId(actor, marketId))) throw new MarketNotFound();
    return this.live.subscribe<MarketRow>(priceTopic(actor.tenantId, marketId));
  }
}

/** How many people trade in a market and how concentrated their holdings are. */
@Resolver(() => Market)
export class MarketCrowdResolver {
  constructor(private readonly markets: MarketService) {}

  @ResolveField(() => Int, { description: 'Distinct members who have traded.' })
  async traders(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.crowd(actor, market.id)).traders;
  }

  @ResolveField(() => Float, { description: "The largest single holder's part of the outstanding shares, in [0,1]." })
  async topHolderShare(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<number> {
    const outstanding = market.sharesYes + market.sharesNo;
    if (!market.open || outstanding <= 0n) return 0;
    const { largestHolding } = await this.crowd(actor, market.id);
    return Math.min(1, Number(largestHolding) / Number(outstanding));
  }

  @ResolveField(() => [Payout], {
    description: 'Once settled: what each holder held then and was paid, the largest payouts first. Empty while open.',
  })
  async payouts(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<Payout[]> {
    if (market.open) return [];
    const loader = requestLoader(actor, 'market.payouts', (ids: readonly string[]) => this.markets.payouts(actor.tenantId, ids));
    return (await loader.load(market.id)).map(({ memberId, outcome, shares, paid }) =>
      Object.assign(new Payout(), { memberId, outcome: outcome as Outcome, shares, paid }),
    );
  }

  private crowd(actor: Actor, marketId: string) {
    return requestLoader(actor, 'market.crowd', (ids: readonly string[]) => this.markets.crowds(actor.tenantId, ids)).load(marketId);
  }
}

/** The liquidity an instance's next market opens with, which may be sized to the instance. */
@Resolver(() => TenantSettings)
export class TenantLiquidityResolver {
  constructor(private readonly markets: MarketService) {}

  @ResolveField(() => AmountScalar)
  async liquidity(@Parent() settings: TenantSettings): Promise<bigint> {
    return settings.liquidity ?? this.markets.liquidityOf(settings.tenantId);
  }
}

/** What a quoted trade means for the trader, derived from the quote itself. */
@Resolver(() => Quote)
export class QuoteMeaningResolver {
  @ResolveField(() => AmountScalar, {
    description: 'What the shares pay if their outcome wins (1.00 each); negative for a sell, the payout given up.',
  })
  payoutIfWins(@Parent() quote: Quote): bigint {
    return quote.shares;
  }

  @ResolveField(() => Float, { description: 'The cost per share of this trade, in (0,1); 0 if it buys or sells nothing.' })
  averagePrice(@Parent() quote: Quote): number {
    if (quote.shares === 0n) return 0;
    return Number(quote.cost) / Number(quote.shares);
  }
}

@Resolver(() => Position)
export class PositionIdeaResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly portfolios: PortfolioService,
  ) {}

  @ResolveField(() => AmountScalar, { description: 'What the member paid for the shares held, by average cost.' })
  async costBasis(@Parent() position: Position, @CurrentActor() actor: MemberActor): Promise<bigint> {
    type Held = { marketId: string; outcome: Position['outcome'] };
    const loader = requestLoader<Held, bigint>(actor, 'position.costBasis', (held) => this.portfolios.costBases(actor, held));
    return loader.load({ marketId: position.market.id, outcome: position.outcome });
  }

  @ResolveField(() => AmountScalar, { description: 'The value less the cost basis: what selling at the current price would gain.' })
  async profit(@Parent() position: Position, @CurrentActor() actor: MemberActor): Promise<bigint> {
    return position.value - (await this.costBasis(position, actor));
  }

  @ResolveField(() => Idea, { description: 'The idea the position is in (not found if a moderator has since hidden it).' })
  async idea(@Parent() position: Position, @CurrentActor() actor: Actor): Promise<Idea> {
    const idea = await ideaLoader(actor, this.ideas).load(position.ideaId);
    if (!idea) throw new IdeaNotFound();
    return idea;
  }
}

@Resolver(() => SettledPosition)
export class SettledPositionIdeaResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField(() => Idea, { description: 'The idea the position was in (not found if a moderator has since hidden it).' })
  async idea(@Parent() position: SettledPosition, @CurrentActor() actor: Actor): Promise<Idea> {
    const idea = await ideaLoader(actor, this.ideas).load(position.ideaId);
    if (!idea) throw new IdeaNotFound();
    return idea;
  }
}

@Resolver(() => Payout)
export class PayoutMemberResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  member(@Parent() payout: Payout, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(payout.memberId);
  }
}

@Resolver(() => WalletEntry)
export class WalletEntryIdeaResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField(() => Idea, { nullable: true, description: 'The idea the entry concerns, if any (and still visible).' })
  async idea(@Parent() entry: WalletEntry, @CurrentActor() actor: Actor): Promise<Idea | null> {
    return entry.ideaId ? ideaLoader(actor, this.ideas).load(entry.ideaId) : null;
  }
}
