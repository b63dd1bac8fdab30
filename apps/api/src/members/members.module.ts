import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { MemberBalanceResolver } from './member-balance.resolver';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({ imports: [LedgerModule], providers: [MembersService, MembersResolver, MemberBalanceResolver], exports: [MembersService] })
export class MembersModule {}
