import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { NotificationKindName } from './notification.entity';
import { NotificationKind } from './notification.types';
import { NotificationEmails } from './notification-emails.service';
import { NotificationFrequency, NotificationPreference, type FrequencyName } from './notification-preferences';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationPreference)
export class NotificationPreferencesResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly emails: NotificationEmails,
  ) {}

  @Query(() => [NotificationPreference], { description: 'How the member hears of each kind of notification.' })
  @Allow.member()
  notificationPreferences(@CurrentActor() actor: MemberActor): Promise<NotificationPreference[]> {
    return this.notifications.preferences(actor);
  }

  @Mutation(() => NotificationPreference)
  @Allow.member()
  setNotificationPreference(
    @CurrentActor() actor: MemberActor,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKindName,
    @Args('inApp', { type: () => Boolean, nullable: true }) inApp?: boolean | null,
    @Args('email', { type: () => NotificationFrequency, nullable: true }) email?: FrequencyName | null,
  ): Promise<NotificationPreference> {
    return this.notifications.setPreference(actor, kind, { inApp, email });
  }

  @Mutation(() => Boolean, { description: "From an e-mail's link: stops those e-mails, without signing in." })
  @Allow.anyone()
  unsubscribe(@Args('token') token: string): Promise<boolean> {
    return this.emails.unsubscribe(token);
  }
}
