import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { ImpactModule } from '../impact/impact.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MarketModule } from '../market/market.module';
import { MembersModule } from '../members/members.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TeamsModule } from '../teams/teams.module';
import { TenantsModule } from '../tenants/tenants.module';
import { OutcomeMarketClosingJob } from './outcome-market-closing.job';
import { IdeaOutcomeMarketsResolver, MarketTermsResolver, OutcomeMarketsResolver } from './outcome-markets.resolver';
import { OutcomeMarketsService } from './outcome-markets.service';

/** Markets beyond the decision: outcome markets on implemented ideas, resolved by their rule. */
@Module({
  imports: [
    AuditLogModule,
    IdeasModule,
    ImpactModule,
    LedgerModule,
    MarketModule,
    MembersModule,
    NotificationsModule,
    TeamsModule,
    TenantsModule,
  ],
  providers: [OutcomeMarketsService, OutcomeMarketClosingJob, OutcomeMarketsResolver, MarketTermsResolver, IdeaOutcomeMarketsResolver],
  exports: [OutcomeMarketsService],
})
export class OutcomeMarketsModule {}
