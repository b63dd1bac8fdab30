import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { ContentKind } from './report.types';
import { worded } from '../common/validation/field-words';

export const MAX_REASON = 1000;
export const REASON_LENGTH = worded('REPORT_REASON_LENGTH', { max: String(MAX_REASON) });

@InputType()
export class ReportInput {
  @Field(() => ContentKind) @IsEnum(ContentKind) kind!: ContentKind;
  @Field(() => ID) @IsUUID('all', worded('REPORT_TARGET_FIELD')) targetId!: string;

  @Field({ description: 'Why it should be looked at, for the moderators.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, MAX_REASON, REASON_LENGTH)
  reason!: string;
}
