import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { memberLoader } from '../common/graphql/member-loader';
import { groupInOrder, requestLoader } from '../common/graphql/request-loaders';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { DecideInput, ReviewInput } from './board.inputs';
import { BoardService } from './board.service';
import { BoardDecision, Disclosure, Review } from './board.types';
import { Outcome } from '../market/market.types';

@Resolver()
export class BoardResolver {
  constructor(private readonly board: BoardService) {}

  @Mutation(() => Idea, { description: 'The lead floats the idea: its market opens and it goes to the board.' })
  @Allow.member()
  async floatIdea(@CurrentActor() actor: MemberActor, @Args('ideaId', { type: () => ID }) ideaId: string): Promise<Idea> {
    return Idea.from(await this.board.float(actor, ideaId));
  }

  @Query(() => [Idea], { description: 'Ideas in the investment stage, waiting for a decision, oldest first.' })
  @Allow.roles('BOARD', 'ADMIN')
  async boardQueue(@CurrentActor() actor: MemberActor): Promise<Idea[]> {
    return (await this.board.queue(actor)).map(Idea.from);
  }

  // Decisions are the board's alone: admins appoint the board, they do not review or decide.
  @Mutation(() => Review)
  @Allow.roles('BOARD')
  async reviewIdea(@CurrentActor() actor: MemberActor, @Args('input') input: ReviewInput): Promise<Review> {
    return Review.from(await this.board.review(actor, input));
  }

  @Mutation(() => Idea)
  @Allow.roles('BOARD')
  async decideIdea(@CurrentActor() actor: MemberActor, @Args('input') input: DecideInput): Promise<Idea> {
    return Idea.from(await this.board.decide(actor, input));
  }
}

/** Reviews are the board's working papers until the decision; after it, everyone can read them. */
function canReadReviews(actor: Actor, decided: boolean): boolean {
  return decided || (actor.kind === 'member' && (actor.role === 'BOARD' || actor.role === 'ADMIN'));
}

@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaBoardFieldsResolver {
  constructor(private readonly board: BoardService) {}

  private decisionLoader(actor: Actor) {
    return requestLoader<string, BoardDecision | null>(actor, 'idea.decision', async (ids) => {
      const rows = await this.board.decisionsOf(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.decision.ideaId).map((group) =>
        group[0] ? BoardDecision.from(group[0].decision, group[0].disclosures) : null,
      );
    });
  }

  @ResolveField(() => [Review], { description: 'Board scorecards: visible to the board and admins, and to everyone once decided.' })
  async reviews(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Review[]> {
    const decided = (await this.decisionLoader(actor).load(idea.id)) !== null;
    if (!canReadReviews(actor, decided)) return [];
    const loader = requestLoader<string, Review[]>(actor, 'idea.reviews', async (ids) => {
      const rows = await this.board.reviewsOf(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => group.map(Review.from));
    });
    return loader.load(idea.id);
  }

  @ResolveField(() => [Disclosure], {
    description:
      'What the author and the team hold now in the idea’s open market, for the board reviewing it (board and admins; empty for others and once settled).',
  })
  async teamHoldings(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Disclosure[]> {
    if (!(actor.kind === 'member' && (actor.role === 'BOARD' || actor.role === 'ADMIN'))) return [];
    const holdings = await this.board.teamHoldings(actor, idea);
    return holdings.map(({ memberId, outcome, shares }) =>
      Object.assign(new Disclosure(), { memberId, outcome: outcome as Outcome, shares }),
    );
  }

  @ResolveField(() => BoardDecision, { nullable: true, description: 'The published decision, once the board has made it.' })
  decision(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<BoardDecision | null> {
    return this.decisionLoader(actor).load(idea.id);
  }
}

@Resolver(() => Review)
@Allow.publicRead()
export class ReviewFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  reviewer(@Parent() review: Review, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(review.reviewerId);
  }
}

@Resolver(() => BoardDecision)
@Allow.publicRead()
export class BoardDecisionFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  decidedBy(@Parent() decision: BoardDecision, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(decision.decidedBy);
  }
}

@Resolver(() => Disclosure)
@Allow.publicRead()
export class DisclosureFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  member(@Parent() disclosure: Disclosure, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(disclosure.memberId);
  }
}
