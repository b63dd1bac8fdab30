import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_TAG_LENGTH, MAX_TAGS } from './idea-tags';
import { IdeaSort, IdeaStage } from './idea.types';
import { worded } from '../common/validation/field-words';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((tag: unknown) => (typeof tag === 'string' ? tag.trim() : tag)) : value;

const TITLE = worded('TITLE_LENGTH');
const DESCRIPTION = worded('DESCRIPTION_LENGTH');
const TAG = worded('TAG_LENGTH', { max: String(MAX_TAG_LENGTH) }, { each: true });
const TAGS = worded('TAGS_COUNT', { max: String(MAX_TAGS) });

@InputType()
export class SubmitIdeaInput {
  @Field() @Transform(trim) @IsString() @Length(5, 140, TITLE) title!: string;

  @Field({ description: 'Markdown, up to 20,000 characters.' })
  @IsString()
  @Matches(/\S/, worded('ENTER_IDEA_DESCRIPTION'))
  @MaxLength(20_000, DESCRIPTION)
  description!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(trimEach)
  @ArrayMaxSize(MAX_TAGS, TAGS)
  @IsString({ each: true })
  @Length(1, MAX_TAG_LENGTH, TAG)
  tags?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', worded('CHOOSE_CHALLENGE'))
  challengeId?: string;
}

@InputType()
export class EditIdeaInput {
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @Length(5, 140, TITLE) title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, worded('ENTER_IDEA_DESCRIPTION'))
  @MaxLength(20_000, DESCRIPTION)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(trimEach)
  @ArrayMaxSize(MAX_TAGS, TAGS)
  @IsString({ each: true })
  @Length(1, MAX_TAG_LENGTH, TAG)
  tags?: string[];
}

/** The arguments of `ideas`: filters, sort and a page (first, after). */
@ArgsType()
export class IdeasArgs {
  @Field(() => IdeaStage, { nullable: true }) @IsOptional() @IsEnum(IdeaStage) stage?: IdeaStage;

  @Field({ nullable: true, description: 'Words to find in titles, descriptions and tags ("quoted phrases", -excluded).' })
  @IsOptional()
  @IsString()
  @MaxLength(200, worded('SEARCH_LENGTH'))
  search?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @Transform(({ value }: { value: unknown }) => value ?? 20)
  @IsInt()
  @Min(1, worded('PAGE_SIZE_RANGE', { max: '100' }))
  @Max(100, worded('PAGE_SIZE_RANGE', { max: '100' }))
  first!: number;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) tag?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() challengeId?: string;
  @Field(() => IdeaSort, { nullable: true, defaultValue: IdeaSort.NEWEST })
  @Transform(({ value }: { value: unknown }) => value ?? IdeaSort.NEWEST)
  @IsEnum(IdeaSort)
  sort!: IdeaSort;
}

/** A page of a list of ideas (a challenge's ideas). */
@ArgsType()
export class IdeaPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @Transform(({ value }: { value: unknown }) => value ?? 20)
  @IsInt()
  @Min(1, worded('PAGE_SIZE_RANGE', { max: '100' }))
  @Max(100, worded('PAGE_SIZE_RANGE', { max: '100' }))
  first!: number;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}
