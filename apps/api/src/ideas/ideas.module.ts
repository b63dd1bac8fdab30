import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { LeaderboardScoresModule } from '../leaderboards/leaderboard-scores.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { TenantsModule } from '../tenants/tenants.module';
import { ChallengeIdeasResolver } from './challenge-ideas.resolver';
import { FollowsResolver } from './following/follows.resolver';
import { FollowsService } from './following/follows.service';
import { IdeaFieldsResolver } from './idea-fields.resolver';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';
import { NotificationIdeaResolver } from './notification-idea.resolver';
import { SimilarIdeasResolver } from './similar/similar-ideas.resolver';
import { SimilarIdeasService } from './similar/similar-ideas.service';
import { BuzzExpiryJob } from './stages/buzz-expiry.job';
import { StageEventResolver } from './stages/stage-event.resolver';
import { StageService } from './stages/stage.service';

/**
 * Ideas and their stages. Other domains lock an idea with IdeasService.lock and move it with
 * StageService.move, inside their own transaction.
 */
@Module({
  imports: [ChallengesModule, LeaderboardScoresModule, LedgerModule, MembersModule, NotificationsModule, RecruitmentModule, TenantsModule],
  providers: [
    IdeasService,
    StageService,
    FollowsService,
    FollowsResolver,
    SimilarIdeasService,
    SimilarIdeasResolver,
    BuzzExpiryJob,
    IdeasResolver,
    IdeaFieldsResolver,
    StageEventResolver,
    ChallengeIdeasResolver,
    NotificationIdeaResolver,
  ],
  exports: [IdeasService, StageService, FollowsService],
})
export class IdeasModule {}
