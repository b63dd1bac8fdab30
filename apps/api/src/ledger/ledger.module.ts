import { Module } from '@nestjs/common';
import { IssuanceService } from './issuance.service';
import { LedgerAuditService } from './ledger-audit.service';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';
import { WalletService } from './wallet.service';

@Module({
  providers: [LedgerService, IssuanceService, LedgerAuditService, WalletService, LedgerResolver],
  exports: [LedgerService, IssuanceService, LedgerAuditService, WalletService],
})
export class LedgerModule {}
