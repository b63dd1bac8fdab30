import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { TenantsModule } from '../tenants/tenants.module';
import { AccessGuard } from './access.guard';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { ActorsService } from './actors.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Module({
  imports: [TenantsModule, MembersModule, RecruitmentModule, LedgerModule],
  providers: [AuthService, AccountService, ActorsService, AuthResolver, AccountResolver, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, AccountService, ActorsService],
})
export class AuthModule {}
