import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { TenantsModule } from '../tenants/tenants.module';
import { OidcController } from './oidc.controller';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

@Module({
  imports: [TenantsModule, MembersModule, LedgerModule],
  controllers: [OidcController],
  providers: [SsoService, SsoResolver],
})
export class SsoModule {}
