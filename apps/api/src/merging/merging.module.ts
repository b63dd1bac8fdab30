import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/engagement.module';
import { IdeasModule } from '../ideas/ideas.module';
import { LeaderboardScoresModule } from '../leaderboards/leaderboard-scores.module';
import { MarketModule } from '../market/market.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { MergingResolver } from './merging.resolver';
import { MergingService } from './merging.service';

/** Merging duplicate ideas (the merge queue's suggestions come from ideas/similar). */
@Module({
  imports: [AuditLogModule, EngagementModule, IdeasModule, LeaderboardScoresModule, MarketModule, NotificationsModule],
  providers: [MergingService, MergingResolver],
})
export class MergingModule {}
