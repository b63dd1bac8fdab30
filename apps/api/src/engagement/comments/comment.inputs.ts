import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { worded } from '../../common/validation/field-words';

export const MAX_COMMENT = 5000;
export const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const COMMENT_LENGTH = worded('COMMENT_LENGTH', { max: String(MAX_COMMENT) });

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID('all', worded('IDEA_ID_OF')) ideaId!: string;
  @Field() @Transform(trimText) @IsString() @Length(1, MAX_COMMENT, COMMENT_LENGTH) body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment to reply to: a top-level comment on the same idea.' })
  @IsOptional()
  @IsUUID('all', worded('PARENT_ID_FIELD'))
  parentId?: string;
}
