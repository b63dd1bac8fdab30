import { formatAmount } from '@idea-exchange/money';
import { BadUserInput, DomainError, fieldProblem } from '../common/errors/domain-error';

export class InsufficientFunds extends DomainError {
  readonly code = 'INSUFFICIENT_FUNDS';
  constructor(needed: bigint, available: bigint) {
    super({ key: 'INSUFFICIENT_FUNDS', values: { needed: formatAmount(needed), available: formatAmount(available) } });
    this.details.needed = formatAmount(needed);
    this.details.available = formatAmount(available);
  }
}

export class NotEnoughShares extends BadUserInput {
  constructor(selling: bigint, held: bigint) {
    const values = { held: formatAmount(held), selling: formatAmount(selling) };
    super({ key: 'NOT_ENOUGH_SHARES', values }, [fieldProblem('shares', { key: 'SHARES_HELD', values })]);
  }
}

/** A bug in the code that built an entry, never a member's mistake: it must not reach the ledger. */
export class UnbalancedEntry extends Error {
  constructor(assets: string[]) {
    super(`journal entry does not balance for ${assets.join(', ')}`);
  }
}

/** A pool or other system account would go negative: also a bug, refused before it is written. */
export class NegativeBalance extends Error {
  constructor(key: string, balance: bigint) {
    super(`account ${key} would go negative (${balance})`);
  }
}
