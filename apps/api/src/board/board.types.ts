import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Decision } from './board.inputs';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { Outcome } from '../market/market.types';
import type { DecisionEntity, DecisionName, DisclosureEntity, ReviewEntity } from './board.entities';

@ObjectType('Review', { description: "A board member's scorecard: each score from 1 (poor) to 5 (strong)." })
export class Review {
  @Field(() => ID) id!: string;
  @Field(() => Int) strategicFit!: number;
  @Field(() => Int) valueForMoney!: number;
  @Field(() => Int) feasibility!: number;
  @Field(() => Int) risk!: number;
  @Field() comment!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  reviewerId!: string;
  ideaId!: string;

  static from(entity: ReviewEntity): Review {
    const { id, strategicFit, valueForMoney, feasibility, risk, comment, updatedAt, reviewerId, ideaId } = entity;
    return Object.assign(new Review(), { id, strategicFit, valueForMoney, feasibility, risk, comment, updatedAt, reviewerId, ideaId });
  }
}

@ObjectType('Disclosure', { description: 'What the author and the team held in the market when the board decided, for all to see.' })
export class Disclosure {
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => AmountScalar) shares!: bigint;
  memberId!: string;

  static from(entity: DisclosureEntity): Disclosure {
    return Object.assign(new Disclosure(), { outcome: entity.outcome as Outcome, shares: entity.shares, memberId: entity.memberId });
  }
}

@ObjectType('BoardDecision', {
  description: 'The board\u2019s decision as a record: what was decided, why, by whom, and what the market said then.',
})
export class BoardDecision {
  @Field(() => Decision) decision!: DecisionName;
  @Field() rationale!: string;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  @Field(() => Float) priceYesAtDecision!: number;
  @Field(() => Int, { description: 'How many distinct members had traded the market when the board decided.' })
  tradersAtDecision!: number;
  @Field(() => [Disclosure], { description: 'What the author and the team held in the market when the board decided.' })
  disclosures!: Disclosure[];
  decidedBy!: string;

  static from(entity: DecisionEntity, disclosures: readonly DisclosureEntity[]): BoardDecision {
    const { decision, rationale, decidedAt, priceYesAtDecision, tradersAtDecision, decidedBy } = entity;
    return Object.assign(new BoardDecision(), {
      decision,
      rationale,
      decidedAt,
      priceYesAtDecision,
      tradersAtDecision,
      decidedBy,
      disclosures: disclosures.map(Disclosure.from),
    });
  }
}
