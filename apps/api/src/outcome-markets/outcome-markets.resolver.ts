import { Args, GraphQLISODateTime, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { requestLoader } from '../common/graphql/request-loaders';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { Idea } from '../ideas/idea.types';
import { MarketService } from '../market/market.service';
import { Market, MarketKind } from '../market/market.types';
import { OutcomeMarketInput } from './outcome-market.inputs';
import type { OutcomeTerms } from './outcome-market-store';
import { OutcomeMarketsService } from './outcome-markets.service';
import { MembersService } from '../members/members.service';
import { implementationQuestionText } from '@idea-exchange/wording';

@Resolver()
export class OutcomeMarketsResolver {
  constructor(private readonly outcomeMarkets: OutcomeMarketsService) {}

  @Mutation(() => Market, { description: 'BOARD: open a market on an implemented idea\u2019s realised savings by a date.' })
  @Allow.roles('BOARD')
  async openOutcomeMarket(@CurrentActor() actor: MemberActor, @Args('input') input: OutcomeMarketInput): Promise<Market> {
    return Market.from(await this.outcomeMarkets.open(actor, input));
  }
}

/** What a market asks and, for an outcome market, its rule. */
@Resolver(() => Market)
@Allow.publicRead()
export class MarketTermsResolver {
  constructor(
    private readonly outcomeMarkets: OutcomeMarketsService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => String, { description: 'What the market asks, e.g. "Will this idea be implemented?"' })
  async question(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<string> {
    const language = await this.members.languageOf(actor);
    if (market.kind !== MarketKind.OUTCOME) return implementationQuestionText(language);
    const loader = requestLoader<string, string | undefined>(actor, `market.question.${language}`, async (ids) => {
      const questions = await this.outcomeMarkets.questionsIn(actor.tenantId, language, ids);
      return ids.map((id) => questions.get(id));
    });
    return (await loader.load(market.id)) ?? implementationQuestionText(language);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Outcome markets: resolves NO if the target is not reached by then.',
  })
  async closesAt(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<Date | null> {
    return (await this.terms(market, actor))?.closesAt ?? null;
  }

  @ResolveField(() => AmountScalar, { nullable: true, description: 'Outcome markets: the realised saving that resolves YES.' })
  async target(@Parent() market: Market, @CurrentActor() actor: Actor): Promise<bigint | null> {
    return (await this.terms(market, actor))?.target ?? null;
  }

  private async terms(market: Market, actor: Actor): Promise<OutcomeTerms | undefined> {
    if (market.kind !== MarketKind.OUTCOME) return undefined;
    const loader = requestLoader<string, OutcomeTerms | undefined>(actor, 'market.outcomeTerms', async (ids) => {
      const found = new Map((await this.outcomeMarkets.termsOf(actor.tenantId, ids)).map((terms) => [terms.marketId, terms]));
      return ids.map((id) => found.get(id));
    });
    return loader.load(market.id);
  }
}

@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaOutcomeMarketsResolver {
  constructor(private readonly markets: MarketService) {}

  @ResolveField(() => [Market], { description: 'Markets on what the implemented idea achieves, oldest first.' })
  async outcomeMarkets(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Market[]> {
    const loader = requestLoader<string, Market[]>(actor, 'idea.outcomeMarkets', async (ids) =>
      (await this.markets.outcomeMarketsOf(actor.tenantId, ids)).map((rows) => rows.map(Market.from)),
    );
    return loader.load(idea.id);
  }
}
