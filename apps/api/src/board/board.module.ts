import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MarketModule } from '../market/market.module';
import { MembersModule } from '../members/members.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TeamsModule } from '../teams/teams.module';
import { TenantsModule } from '../tenants/tenants.module';
import {
  BoardDecisionFieldsResolver,
  BoardResolver,
  DisclosureFieldsResolver,
  IdeaBoardFieldsResolver,
  ReviewFieldsResolver,
} from './board.resolver';
import { BoardService } from './board.service';

@Module({
  imports: [IdeasModule, LedgerModule, MarketModule, MembersModule, NotificationsModule, TeamsModule, TenantsModule],
  providers: [
    BoardService,
    BoardResolver,
    IdeaBoardFieldsResolver,
    ReviewFieldsResolver,
    BoardDecisionFieldsResolver,
    DisclosureFieldsResolver,
  ],
  exports: [BoardService],
})
export class BoardModule {}
