import { Module } from '@nestjs/common';
import { NotificationEmails } from './notification-emails.service';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationEmails, NotificationPreferencesResolver],
  exports: [NotificationsService, NotificationEmails],
})
export class NotificationsModule {}
