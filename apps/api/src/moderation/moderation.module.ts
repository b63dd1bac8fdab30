import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/engagement.module';
import { IdeasModule } from '../ideas/ideas.module';
import { MarketModule } from '../market/market.module';
import { MembersModule } from '../members/members.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

/**
 * Reports, hiding and restoring (a hidden idea's markets stop trading), and the audit log
 * (AuditLogService.append for every admin action).
 */
@Module({
  imports: [AuditLogModule, IdeasModule, EngagementModule, MarketModule, MembersModule],
  providers: [ModerationService, ModerationResolver],
  exports: [AuditLogModule],
})
export class ModerationModule {}
