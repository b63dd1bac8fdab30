import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { LeaderboardScoresModule } from './leaderboard-scores.module';
import { LeaderboardsResolver } from './leaderboards.resolver';

/** The leaderboard queries; the scores themselves are kept by LeaderboardScoresModule. */
@Module({ imports: [LeaderboardScoresModule, MembersModule], providers: [LeaderboardsResolver] })
export class LeaderboardsModule {}
