import { Module } from '@nestjs/common';
import { LeaderboardsService } from './leaderboards.service';
import { TraderScoresService } from './trader-scores.service';

/**
 * The services that keep leaderboard scores, with no dependencies of their own, so the ledger,
 * ideas, engagement and recruitment can all call them inside their transactions.
 */
@Module({ providers: [LeaderboardsService, TraderScoresService], exports: [LeaderboardsService, TraderScoresService] })
export class LeaderboardScoresModule {}
