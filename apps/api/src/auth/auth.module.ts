import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LedgerModule } from '../ledger/ledger.module';
import { MembersModule } from '../members/members.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { TenantsModule } from '../tenants/tenants.module';
import { AccessGuard } from './access.guard';
import { ActorsService } from './actors.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Module({
  imports: [TenantsModule, MembersModule, RecruitmentModule, LedgerModule],
  providers: [AuthService, ActorsService, AuthResolver, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, ActorsService],
})
export class AuthModule {}
