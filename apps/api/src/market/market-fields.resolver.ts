import { Args, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
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
import { Market, Position } from './market.types';
import { MarketService, marketTopic, priceTopic } from './market.service';

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

/** Live prices: the market after every trade and at settlement, published after commit. */
@Resolver()
export class MarketLiveResolver {
  constructor(
    private readonly live: LivePubSub,
    private readonly markets: MarketService,
  ) {}

  @Subscription(() => Market, {
    description: "The idea's market after every trade and at settlement.",
    resolve: (market: MarketRow) => Market.from(market),
  })
  @Allow.publicRead()
  marketUpdated(@CurrentActor() actor: Actor, @Args('ideaId', { type: () => ID }) ideaId: string): AsyncIterableIterator<MarketRow> {
    return this.live.subscribe<MarketRow>(marketTopic(actor.tenantId, requireIdeaId(ideaId)));
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

@Resolver(() => Position)
export class PositionIdeaResolver {
  constructor(private readonly ideas: IdeasService) {}

  @ResolveField(() => Idea, { description: 'The idea the position is in (not found if a moderator has since hidden it).' })
  async idea(@Parent() position: Position, @CurrentActor() actor: Actor): Promise<Idea> {
    const idea = await ideaLoader(actor, this.ideas).load(position.ideaId);
    if (!idea) throw new IdeaNotFound();
    return idea;
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
