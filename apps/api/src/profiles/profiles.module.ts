import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { TeamsModule } from '../teams/teams.module';
import { MemberProfileResolver } from './member-profile.resolver';

/** The member's profile: what a profile page shows of their work across ideas and teams. */
@Module({
  imports: [IdeasModule, TeamsModule],
  providers: [MemberProfileResolver],
})
export class ProfilesModule {}
