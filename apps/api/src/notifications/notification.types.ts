import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Language } from '../common/language/language';
import { TextParam } from '../common/language/text-param.types';
import type { NotificationEntity, NotificationKindName } from './notification.entity';
import { notificationText } from './notification-text';

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
  @Field({ description: "The notification worded in the reader's language (their own choice, else their instance's default)." })
  message!: string;
  @Field(() => [TextParam], {
    nullable: true,
    description:
      'The values the wording of this kind names, for clients that word it themselves (`variant` picks one of its wordings); empty for notifications older than these values, whose message is all there is.',
  })
  params!: TextParam[] | null;
  @Field() read!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: the idea it is about, for the idea field resolver. */
  ideaId!: string | null;

  static from(entity: NotificationEntity, language: Language): Notification {
    const worded = entity.params ? notificationText(language, { kind: entity.kind, params: entity.params }) : undefined;
    return Object.assign(new Notification(), {
      id: entity.id,
      kind: entity.kind,
      message: worded ?? entity.message,
      params: entity.params ? TextParam.listOf(entity.params) : null,
      read: entity.readAt !== null,
      createdAt: entity.createdAt,
      ideaId: entity.ideaId,
    });
  }
}
