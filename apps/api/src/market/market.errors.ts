import { formatAmount } from '@idea-exchange/money';
import { BadUserInput, Conflict, DomainError, fieldProblem, Forbidden, NotFound } from '../common/errors/domain-error';

export class MarketNotFound extends NotFound {
  constructor() {
    super({ key: 'MARKET_NOT_FOUND' });
  }
}

export class IdeaNotFound extends NotFound {
  constructor() {
    super({ key: 'IDEA_NOT_FOUND' });
  }
}

export class MarketClosed extends DomainError {
  readonly code = 'MARKET_CLOSED';
  constructor() {
    super({ key: 'MARKET_CLOSED' });
  }
}

export class SlippageExceeded extends DomainError {
  readonly code = 'SLIPPAGE_EXCEEDED';
  constructor(side: 'cost' | 'proceeds', actual: bigint, bound: bigint) {
    super({
      key: side === 'cost' ? 'PRICE_MOVED_COST' : 'PRICE_MOVED_PROCEEDS',
      values: { [side]: formatAmount(actual), limit: formatAmount(bound) },
    });
    this.details[side] = formatAmount(actual);
    this.details.limit = formatAmount(bound);
  }
}

export class DecidersMayNotTrade extends Forbidden {
  constructor(role: 'BOARD' | 'ADMIN') {
    super({ key: role === 'BOARD' ? 'BOARD_MAY_NOT_TRADE' : 'ADMIN_MAY_NOT_TRADE' });
  }
}

export class HiddenIdeaMayNotTrade extends Forbidden {
  constructor() {
    super({ key: 'HIDDEN_IDEA_MAY_NOT_TRADE' });
  }
}

/**
 * Settling would take more from the pool than it holds: the market maker's promise is broken, so
 * nothing is settled (the treasury never makes up a shortfall).
 */
export class PoolShortfall extends Conflict {
  constructor(pool: bigint, owed: bigint) {
    super({ key: 'POOL_SHORTFALL', values: { pool: formatAmount(pool), owed: formatAmount(owed) } });
  }
}

export class SpendOrShares extends BadUserInput {
  constructor() {
    super({ key: 'SPEND_OR_SHARES' }, [fieldProblem('spend', { key: 'SPEND_OR_SHARES_FIELD' })]);
  }
}

export class IdempotencyKeyReused extends Conflict {
  constructor() {
    super({ key: 'IDEMPOTENCY_KEY_REUSED' });
  }
}

export class MarketAlreadyOpen extends Conflict {
  constructor() {
    super({ key: 'MARKET_ALREADY_OPEN' });
  }
}

export class IdeaNotFloatable extends Conflict {
  constructor(stage: string) {
    super({ key: 'IDEA_NOT_FLOATABLE', values: { stage } });
  }
}

export class AlreadySettled extends Conflict {
  constructor(resolution: string) {
    super({ key: 'ALREADY_SETTLED', values: { outcome: resolution } });
  }
}

export class MarketPastClosingDate extends DomainError {
  readonly code = 'MARKET_CLOSED';
  constructor() {
    super({ key: 'MARKET_PAST_CLOSING_DATE' });
  }
}
