import { Injectable } from '@nestjs/common';
import { BadUserInput } from '../common/errors/domain-error';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import { Accounts } from './ledger-accounts';
import { LedgerService, type WalletLine } from './ledger.service';
import { requirePageSize } from '../common/pagination/page-size';

const MAX_PAGE = 200;

/** What a member may read of their own money. */
@Injectable()
export class WalletService {
  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
  ) {}

  async history(actor: MemberActor, first: number, after?: string | null): Promise<WalletLine[]> {
    requirePageSize(first, MAX_PAGE);
    if (after != null && !/^\d{1,18}$/.test(after)) throw BadUserInput.field('after', { key: 'WALLET_CURSOR' });
    return this.db.withTenant(actor.tenantId, (tx) => this.ledger.walletHistory(tx, actor.memberId, first, after ?? undefined));
  }

  balance(tenantId: string, memberId: string): Promise<bigint> {
    return this.db.withTenant(tenantId, (tx) => this.ledger.balanceOf(tx, Accounts.wallet(memberId)));
  }
}
