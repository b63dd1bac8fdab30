import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Decision } from './board.inputs';
import type { DecisionEntity, DecisionName, ReviewEntity } from './board.entities';

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

@ObjectType('BoardDecision', {
  description: 'The board\u2019s decision as a record: what was decided, why, by whom, and what the market said then.',
})
export class BoardDecision {
  @Field(() => Decision) decision!: DecisionName;
  @Field() rationale!: string;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  @Field(() => Float) priceYesAtDecision!: number;
  decidedBy!: string;

  static from(entity: DecisionEntity): BoardDecision {
    const { decision, rationale, decidedAt, priceYesAtDecision, decidedBy } = entity;
    return Object.assign(new BoardDecision(), { decision, rationale, decidedAt, priceYesAtDecision, decidedBy });
  }
}
