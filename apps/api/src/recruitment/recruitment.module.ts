import { Module } from '@nestjs/common';
import { LeaderboardScoresModule } from '../leaderboards/leaderboard-scores.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TenantsModule } from '../tenants/tenants.module';
import { InvitesResolver } from './invites.resolver';
import { InvitesService } from './invites.service';
import { RecruitmentService } from './recruitment.service';
import { RecruitsResolver } from './recruits.resolver';

/** Invites and recruits. Ideas, engagement and the market call RecruitmentService.tookPart. */
@Module({
  imports: [LedgerModule, LeaderboardScoresModule, MembersModule, NotificationsModule, TenantsModule],
  providers: [InvitesService, InvitesResolver, RecruitmentService, RecruitsResolver],
  exports: [InvitesService, RecruitmentService],
})
export class RecruitmentModule {}
