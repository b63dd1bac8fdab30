import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmountScalar } from '../common/scalars/amount.scalar';
import type { MarketRow, TradeRow } from './market-store';

export enum Outcome {
  YES = 'YES',
  NO = 'NO',
}
registerEnumType(Outcome, { name: 'Outcome' });

export enum TradeSide {
  BUY = 'BUY',
  SELL = 'SELL',
}
registerEnumType(TradeSide, { name: 'TradeSide' });

export enum MarketKind {
  IMPLEMENTATION = 'IMPLEMENTATION',
  OUTCOME = 'OUTCOME',
}
registerEnumType(MarketKind, {
  name: 'MarketKind',
  valuesMap: {
    IMPLEMENTATION: { description: "The idea's own market: will the board implement it?" },
    OUTCOME: { description: 'A market on an implemented idea that resolves by its rule (realised savings by a date).' },
  },
});

@ObjectType('Market')
export class Market {
  @Field(() => ID) id!: string;
  @Field(() => ID) ideaId!: string;
  @Field(() => MarketKind) kind!: MarketKind;
  @Field() open!: boolean;
  @Field(() => Float, { description: 'The probability of YES, in (0, 1); also the price of a YES share.' }) priceYes!: number;
  @Field(() => AmountScalar, { description: 'Outstanding YES shares (zero once settled: they were redeemed).' }) sharesYes!: bigint;
  @Field(() => AmountScalar) sharesNo!: bigint;
  @Field(() => AmountScalar, { description: 'The LMSR liquidity b.' }) liquidity!: bigint;
  @Field(() => AmountScalar, { description: 'Currency traded, buys and sells together.' }) volume!: bigint;
  @Field(() => Int) tradeCount!: number;
  @Field(() => Outcome, { nullable: true }) resolution!: Outcome | null;
  @Field(() => GraphQLISODateTime) openedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) settledAt!: Date | null;

  static from(row: MarketRow): Market {
    return Object.assign(new Market(), {
      id: row.id,
      ideaId: row.ideaId,
      kind: row.kind as MarketKind,
      open: row.open,
      priceYes: row.priceYes,
      sharesYes: row.sharesYes,
      sharesNo: row.sharesNo,
      liquidity: row.liquidity,
      volume: row.volume,
      tradeCount: row.tradeCount,
      resolution: row.resolution as Outcome | null,
      openedAt: row.openedAt,
      settledAt: row.settledAt,
    });
  }
}

@ObjectType('Trade')
export class Trade {
  @Field(() => ID) id!: string;
  @Field(() => ID) ideaId!: string;
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => AmountScalar, { description: 'Positive for a buy, negative for a sell.' }) shares!: bigint;
  @Field(() => AmountScalar, { description: 'Positive paid, negative received.' }) cost!: bigint;
  @Field(() => Float) priceYesAfter!: number;
  @Field(() => AmountScalar, { description: "The trader's wallet balance after the trade." }) balanceAfter!: bigint;
  @Field(() => GraphQLISODateTime) at!: Date;

  static from(row: TradeRow): Trade {
    return Object.assign(new Trade(), {
      id: row.id,
      ideaId: row.ideaId,
      outcome: row.outcome as Outcome,
      shares: row.shares,
      cost: row.cost,
      priceYesAfter: row.priceYesAfter,
      balanceAfter: row.balanceAfter,
      at: row.createdAt,
    });
  }
}

@ObjectType('Quote', { description: 'A preview of a trade, signed like a Trade: a sell has negative shares and cost.' })
export class Quote {
  @Field(() => AmountScalar) shares!: bigint;
  @Field(() => AmountScalar) cost!: bigint;
  @Field(() => Float) priceYesAfter!: number;
}

@ObjectType('PricePoint')
export class PricePoint {
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => Float) priceYes!: number;
}

@ObjectType('Position')
export class Position {
  @Field(() => Market) market!: Market;
  @Field(() => ID) ideaId!: string;
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => AmountScalar) shares!: bigint;
  @Field(() => AmountScalar, { description: 'Shares marked at the current price, rounded down.' }) value!: bigint;
}

@ObjectType('Payout', { description: 'What one holder had in a settled market and what the settlement paid them for it.' })
export class Payout {
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => AmountScalar, { description: 'The shares held when the market settled.' }) shares!: bigint;
  @Field(() => AmountScalar, { description: '1.00 a share if the outcome won, nothing if it lost.' }) paid!: bigint;
  memberId!: string;
}

@ObjectType('SettledPosition', { description: 'A position the settlement of its market redeemed: held, paid, and the profit made.' })
export class SettledPosition {
  @Field(() => Market) market!: Market;
  @Field(() => ID) ideaId!: string;
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => AmountScalar, { description: 'The shares held when the market settled.' }) shares!: bigint;
  @Field(() => AmountScalar, { description: '1.00 a share if the outcome won, nothing if it lost.' }) paid!: bigint;
  @Field(() => AmountScalar, { description: 'What the member paid for those shares, by average cost.' }) costBasis!: bigint;
  @Field(() => AmountScalar, { description: 'Paid less the cost basis.' }) profit!: bigint;
  @Field(() => GraphQLISODateTime) settledAt!: Date;
}

@ObjectType('Portfolio')
export class Portfolio {
  @Field(() => AmountScalar) balance!: bigint;
  @Field(() => [Position]) positions!: Position[];
  @Field(() => [SettledPosition], { description: 'Positions in markets that have settled, the latest first.' })
  settledPositions!: SettledPosition[];
  @Field(() => AmountScalar, { description: 'Balance plus the value of every position.' }) netWorth!: bigint;
}
