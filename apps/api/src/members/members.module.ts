import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { MemberBalanceResolver } from './member-balance.resolver';
import { WalletEntryReasonResolver } from './wallet-entry-reason.resolver';
import { MemberEmailVerifiedResolver } from './member-email-verified.resolver';
import { MembersResolver } from './members.resolver';
import { MemberStandingCache } from './member-standing.cache';
import { MembersService } from './members.service';

@Module({
  imports: [AuditLogModule, LedgerModule],
  providers: [
    MembersService,
    MemberStandingCache,
    MembersResolver,
    MemberBalanceResolver,
    MemberEmailVerifiedResolver,
    WalletEntryReasonResolver,
  ],
  exports: [MembersService, MemberStandingCache],
})
export class MembersModule {}
