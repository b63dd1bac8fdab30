import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LivePubSub } from '../live/live-pubsub';
import { Notification } from './notification.types';
import { notificationTopic, NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly live: LivePubSub,
  ) {}

  @Query(() => [Notification], { description: "The member's notifications, newest first." })
  @Allow.member()
  notifications(
    @CurrentActor() actor: MemberActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
  ): Promise<Notification[]> {
    return this.notificationsService.list(actor, first ?? 20, unreadOnly ?? false);
  }

  @Query(() => Int)
  @Allow.member({ beforeVerification: true })
  unreadNotificationCount(@CurrentActor() actor: MemberActor): Promise<number> {
    return this.notificationsService.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks notifications read (all when no ids are given); returns how many changed.' })
  @Allow.member()
  markNotificationsRead(
    @CurrentActor() actor: MemberActor,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.notificationsService.markRead(actor, ids);
  }

  @Subscription(() => Notification, { resolve: (notification: Notification) => notification })
  @Allow.member()
  notificationAdded(@CurrentActor() actor: MemberActor): AsyncIterableIterator<Notification> {
    return this.live.subscribe<Notification>(notificationTopic(actor.tenantId, actor.memberId));
  }
}
