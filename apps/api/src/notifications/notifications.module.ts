import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { TenantsModule } from '../tenants/tenants.module';
import { NotificationEmails } from './notification-emails.service';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [MembersModule, TenantsModule],
  providers: [NotificationsService, NotificationsResolver, NotificationEmails, NotificationPreferencesResolver],
  exports: [NotificationsService, NotificationEmails],
})
export class NotificationsModule {}
