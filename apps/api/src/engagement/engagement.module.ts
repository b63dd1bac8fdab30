import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { TenantsModule } from '../tenants/tenants.module';
import { BuzzGateService } from './buzz/buzz-gate.service';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsService } from './comments/comments.service';
import { IdeaEngagementResolver } from './idea-engagement.resolver';
import { IdeaEngagementService } from './idea-engagement.service';
import { SupportResolver } from './support/support.resolver';
import { SupportService } from './support/support.service';

/** Support and discussion of ideas, and the buzz gate they drive. */
@Module({
  imports: [IdeasModule, MembersModule, NotificationsModule, RecruitmentModule, TenantsModule],
  providers: [
    BuzzGateService,
    SupportService,
    CommentsService,
    IdeaEngagementService,
    SupportResolver,
    CommentsResolver,
    IdeaEngagementResolver,
  ],
  exports: [CommentsService, SupportService],
})
export class EngagementModule {}
