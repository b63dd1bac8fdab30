import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TenantsModule } from '../tenants/tenants.module';
import { IdeaTeamFieldsResolver, JoinRequestFieldsResolver, TeamInviteFieldsResolver } from './team-fields.resolver';
import { TeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

@Module({
  imports: [IdeasModule, MembersModule, NotificationsModule, TenantsModule],
  providers: [TeamsService, TeamsResolver, IdeaTeamFieldsResolver, JoinRequestFieldsResolver, TeamInviteFieldsResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
