import { Module } from '@nestjs/common';
import { LeaderboardsService } from './leaderboards.service';

/**
 * Innovator, team and recruiter points, with no dependencies of its own, so ideas, engagement
 * and recruitment can all award them inside their transactions.
 */
@Module({ providers: [LeaderboardsService], exports: [LeaderboardsService] })
export class LeaderboardScoresModule {}
