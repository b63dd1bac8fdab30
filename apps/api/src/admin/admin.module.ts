import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { EngagementModule } from '../engagement/engagement.module';
import { IdeasModule } from '../ideas/ideas.module';
import { MembersModule } from '../members/members.module';
import { OutcomeMarketsModule } from '../outcome-markets/outcome-markets.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuditLogQueryService } from './audit-log-query.service';
import { AuditLogResolver } from './audit-log.resolver';

/** What only instance admins read: the audit log (analytics has its own module). */
@Module({
  imports: [AuditLogModule, ChallengesModule, EngagementModule, IdeasModule, MembersModule, OutcomeMarketsModule],
  providers: [AuditLogQueryService, AuditLogResolver],
})
export class AdminModule {}
