import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { AmountRange } from '../common/validation/amount-range';
import { Idea } from '../ideas/idea.types';
import type { ImpactRecordEntity } from './impact-record.entity';
import { worded } from '../common/validation/field-words';

@ObjectType('ImpactRecord', { description: 'A realised saving and outcome note, recorded over time on an implemented idea.' })
export class ImpactRecord {
  @Field(() => ID) id!: string;
  @Field(() => AmountScalar) realisedSaving!: bigint;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  recordedBy!: string;
  ideaId!: string;

  static from(entity: ImpactRecordEntity): ImpactRecord {
    const { id, realisedSaving, note, recordedAt, recordedBy, ideaId } = entity;
    return Object.assign(new ImpactRecord(), { id, realisedSaving, note, recordedAt, recordedBy, ideaId });
  }
}

@ObjectType('ImpactSummary')
export class ImpactSummary {
  @Field(() => Int) implementedIdeas!: number;
  @Field(() => AmountScalar, { description: 'Sum of the business cases\u2019 estimated annual savings of implemented ideas.' })
  estimatedAnnualSavings!: bigint;
  @Field(() => AmountScalar, { description: 'Sum of every realised saving recorded.' }) realisedSavings!: bigint;
  @Field(() => [Idea]) ideas!: Idea[];
}

@InputType()
export class ImpactInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_FIELD')) ideaId!: string;
  @Field(() => AmountScalar) @AmountRange(0n, 1_000_000_000_00n) realisedSaving!: bigint;
  @Field()
  @IsString()
  @Matches(/\S/, worded('ENTER_OUTCOME_NOTE'))
  @Length(1, 5000, worded('OUTCOME_NOTE_LENGTH'))
  note!: string;
}
