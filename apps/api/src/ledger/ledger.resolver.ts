import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LedgerAuditService } from './ledger-audit.service';
import { LedgerAudit, WalletEntry } from './ledger.types';
import { WalletService } from './wallet.service';

@Resolver()
export class LedgerResolver {
  constructor(
    private readonly wallets: WalletService,
    private readonly audits: LedgerAuditService,
  ) {}

  @Query(() => [WalletEntry], { description: "Every entry that touched the member's wallet, newest first." })
  @Allow.member()
  async walletHistory(
    @CurrentActor() actor: MemberActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<WalletEntry[]> {
    return (await this.wallets.history(actor, first, after)).map(WalletEntry.from);
  }

  @Query(() => LedgerAudit)
  @Allow.roles('ADMIN')
  async ledgerAudit(@CurrentActor() actor: MemberActor): Promise<LedgerAudit> {
    return LedgerAudit.from(await this.audits.audit(actor.tenantId));
  }
}
