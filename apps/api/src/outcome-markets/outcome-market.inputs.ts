import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';
import { worded } from '../common/validation/field-words';

@InputType()
export class OutcomeMarketInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => AmountScalar, { description: 'The realised saving, summed over impact records, that resolves the market YES.' })
  @AmountRange(1n, 1_000_000_000_00n)
  target!: bigint;
  @Field(() => GraphQLISODateTime, { description: 'If the target is not reached by then, the market resolves NO.' })
  @IsDate(worded('ENTER_MARKET_CLOSING_DATE'))
  closesAt!: Date;
}
