import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { NotificationEntity, NotificationKindName } from './notification.entity';

export enum NotificationKind {
  IDEA_SUPPORTED = 'IDEA_SUPPORTED',
  IDEA_COMMENTED = 'IDEA_COMMENTED',
  COMMENT_REPLIED = 'COMMENT_REPLIED',
  STAGE_CHANGED = 'STAGE_CHANGED',
  JOIN_REQUESTED = 'JOIN_REQUESTED',
  JOIN_ANSWERED = 'JOIN_ANSWERED',
  TEAM_INVITED = 'TEAM_INVITED',
  BOARD_DECIDED = 'BOARD_DECIDED',
  MARKET_SETTLED = 'MARKET_SETTLED',
  RECRUIT_JOINED = 'RECRUIT_JOINED',
  FOLLOWED_IDEA_UPDATED = 'FOLLOWED_IDEA_UPDATED',
  IDEAS_MERGED = 'IDEAS_MERGED',
  OUTCOME_MARKET_OPENED = 'OUTCOME_MARKET_OPENED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** `idea` is resolved by the ideas module (ideas/notification-idea.resolver.ts). */
@ObjectType('Notification')
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKindName;
  @Field() message!: string;
  @Field() read!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: the idea it is about, for the idea field resolver. */
  ideaId!: string | null;

  static from(entity: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: entity.id,
      kind: entity.kind,
      message: entity.message,
      read: entity.readAt !== null,
      createdAt: entity.createdAt,
      ideaId: entity.ideaId,
    });
  }
}
