import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { MarketModule } from '../market/market.module';
import { MembersModule } from '../members/members.module';
import { TenantsModule } from '../tenants/tenants.module';
import { LeaderboardReadsService } from './leaderboard-reads.service';
import { LeaderboardScoresModule } from './leaderboard-scores.module';
import { LeaderboardsResolver } from './leaderboards.resolver';
import { TraderScoresService } from './trader-scores.service';

/**
 * The leaderboard queries, and the traders board, which follows the ledger's feed and marks
 * positions at the prices MarketService gives. Innovator,
 * team and recruiter points are kept by LeaderboardScoresModule, inside the events' transactions.
 */
@Module({
  imports: [LeaderboardScoresModule, LedgerModule, MarketModule, MembersModule, TenantsModule],
  providers: [LeaderboardReadsService, TraderScoresService, LeaderboardsResolver],
  exports: [TraderScoresService],
})
export class LeaderboardsModule {}
