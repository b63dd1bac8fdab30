import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { TenantsModule } from '../tenants/tenants.module';
import {
  IdeaMarketResolver,
  MarketCrowdResolver,
  MarketLiveResolver,
  PayoutMemberResolver,
  PositionIdeaResolver,
  QuoteMeaningResolver,
  SettledPositionIdeaResolver,
  TenantLiquidityResolver,
  WalletEntryIdeaResolver,
} from './market-fields.resolver';
import { MarketResolver } from './market.resolver';
import { MarketService } from './market.service';
import { PortfolioService } from './portfolio.service';
import { TradeAccess } from './trade-access';
import { TradingService } from './trading.service';

@Module({
  imports: [LedgerModule, MembersModule, RecruitmentModule, TenantsModule, IdeasModule],
  providers: [
    MarketService,
    TradingService,
    TradeAccess,
    PortfolioService,
    MarketResolver,
    IdeaMarketResolver,
    MarketLiveResolver,
    PositionIdeaResolver,
    MarketCrowdResolver,
    QuoteMeaningResolver,
    PayoutMemberResolver,
    SettledPositionIdeaResolver,
    TenantLiquidityResolver,
    WalletEntryIdeaResolver,
  ],
  exports: [MarketService],
})
export class MarketModule {}
