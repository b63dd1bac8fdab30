import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { TenantsModule } from '../tenants/tenants.module';
import { OperatorResolver } from './operator.resolver';
import { OperatorService } from './operator.service';
import { TenantSummariesService } from './tenant-summaries.service';

@Module({
  imports: [IdeasModule, TenantsModule, MembersModule, LedgerModule],
  providers: [OperatorService, TenantSummariesService, OperatorResolver],
  exports: [OperatorService],
})
export class OperatorModule {}
