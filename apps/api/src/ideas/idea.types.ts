import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IdeaEntity, StageName } from './idea.entity';
import type { IdeaEditEntity } from './idea-edit.entity';

export enum IdeaStage {
  BUZZ = 'BUZZ',
  TEAMING = 'TEAMING',
  INVESTMENT = 'INVESTMENT',
  IMPLEMENTED = 'IMPLEMENTED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(IdeaStage, { name: 'IdeaStage' });

export enum IdeaSort {
  NEWEST = 'NEWEST',
  MOST_BUZZ = 'MOST_BUZZ',
  TRENDING = 'TRENDING',
}
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  valuesMap: {
    NEWEST: { description: 'Newest first.' },
    MOST_BUZZ: { description: 'Highest buzz score first.' },
    TRENDING: { description: 'Most support in the last 7 days first.' },
  },
});

/**
 * An idea as the API shows it. Fields from other concepts (author, support, comments, stage
 * events, challenge) are resolved beside their own code, in batches per request.
 */
@ObjectType('Idea')
export class Idea {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'The description as the author wrote it, in Markdown.' }) description!: string;
  @Field(() => [String], { description: 'Lower-case tags, at most 10.' }) tags!: string[];
  @Field(() => IdeaStage) stage!: StageName;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the idea entered its current stage.' }) stageChangedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the idea was last changed in any way.' }) updatedAt!: Date;
  @Field({ description: 'True when a moderator has hidden it; only moderators and admins see hidden ideas.' }) hidden!: boolean;

  /** Not exposed: for field resolvers. */
  tenantId!: string;
  authorId!: string;
  challengeId!: string | null;
  mergedIntoId!: string | null;

  static from(entity: IdeaEntity): Idea {
    return Object.assign(new Idea(), {
      id: entity.id,
      tenantId: entity.tenantId,
      authorId: entity.authorId,
      challengeId: entity.challengeId,
      mergedIntoId: entity.mergedInto,
      title: entity.title,
      description: entity.description,
      tags: entity.tags,
      stage: entity.stage,
      createdAt: entity.createdAt,
      stageChangedAt: entity.stageChangedAt,
      updatedAt: entity.updatedAt,
      hidden: entity.hidden,
    });
  }
}

@ObjectType('IdeaEdit', { description: 'What the idea said before one edit by its author.' })
export class IdeaEdit {
  @Field(() => GraphQLISODateTime) editedAt!: Date;
  @Field() previousTitle!: string;
  @Field() previousDescription!: string;
  @Field(() => [String]) previousTags!: string[];

  static from(entity: IdeaEditEntity): IdeaEdit {
    return Object.assign(new IdeaEdit(), {
      editedAt: entity.editedAt,
      previousTitle: entity.previousTitle,
      previousDescription: entity.previousDescription,
      previousTags: entity.previousTags,
    });
  }
}

@ObjectType('IdeaEdge')
export class IdeaEdge {
  @Field() cursor!: string;
  @Field(() => Idea) node!: Idea;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('IdeaConnection')
export class IdeaConnection {
  @Field(() => [IdeaEdge]) edges!: IdeaEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
