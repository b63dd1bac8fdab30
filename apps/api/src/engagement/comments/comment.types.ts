import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { CommentEntity } from './comment.entity';

/** `author` is resolved in comments.resolver.ts. */
@ObjectType('Comment')
export class Comment {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The idea the comment is on.' }) ideaId!: string;
  @Field({ description: 'Plain text; empty once deleted.' }) body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The comment this one replies to; empty for a top-level comment.' })
  parentId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) editedAt!: Date | null;
  @Field() deleted!: boolean;
  @Field({ description: 'True when a moderator has hidden it; only moderators and admins see hidden comments.' }) hidden!: boolean;

  /** Not exposed: for the author field. */
  authorId!: string;

  static from(entity: CommentEntity): Comment {
    return Object.assign(new Comment(), {
      id: entity.id,
      ideaId: entity.ideaId,
      body: entity.body,
      createdAt: entity.createdAt,
      parentId: entity.parentId,
      editedAt: entity.editedAt,
      deleted: entity.deleted,
      hidden: entity.hidden,
      authorId: entity.authorId,
    });
  }
}
