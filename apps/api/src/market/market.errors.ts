import { formatAmount } from '@idea-exchange/money';
import { BadUserInput, Conflict, DomainError, Forbidden, NotFound } from '../common/errors/domain-error';

export class MarketNotFound extends NotFound {
  constructor() {
    super('A market for that idea');
  }
}

export class IdeaNotFound extends NotFound {
  constructor() {
    super('That idea');
  }
}

export class MarketClosed extends DomainError {
  readonly code = 'MARKET_CLOSED';
  constructor() {
    super('This market has been settled, so it no longer trades.');
  }
}

export class SlippageExceeded extends DomainError {
  readonly code = 'SLIPPAGE_EXCEEDED';
  constructor(side: 'cost' | 'proceeds', actual: bigint, bound: bigint) {
    super(
      side === 'cost'
        ? `The price moved: this would now cost ${formatAmount(actual)}, more than your limit of ${formatAmount(bound)}.`
        : `The price moved: this would now pay ${formatAmount(actual)}, less than your limit of ${formatAmount(bound)}.`,
    );
    this.details[side] = formatAmount(actual);
    this.details.limit = formatAmount(bound);
  }
}

export class DecidersMayNotTrade extends Forbidden {
  constructor(role: 'BOARD' | 'ADMIN') {
    super(
      role === 'BOARD'
        ? 'Board members decide how markets settle, so they do not trade or ask for quotes to trade.'
        : 'Admins appoint the board that decides how markets settle, so they do not trade or ask for quotes to trade.',
    );
  }
}

export class HiddenIdeaMayNotTrade extends Forbidden {
  constructor() {
    super('Moderators have hidden this idea, so its market does not trade until it is shown again.');
  }
}

/**
 * Settling would take more from the pool than it holds: the market maker's promise is broken, so
 * nothing is settled (the treasury never makes up a shortfall).
 */
export class PoolShortfall extends Conflict {
  constructor(pool: bigint, owed: bigint) {
    super(
      `This market's pool holds ${formatAmount(pool)} but its winners are owed ${formatAmount(owed)}, so it cannot settle. The fault has been logged for the operator.`,
    );
  }
}

export class SpendOrShares extends BadUserInput {
  constructor() {
    super('Give either an amount to spend or a number of shares, not both.', [
      { field: 'spend', message: 'Give either an amount to spend or a number of shares.' },
    ]);
  }
}

export class IdempotencyKeyReused extends Conflict {
  constructor() {
    super('This idempotency key was already used for a different trade. Use a new key for a new trade.');
  }
}

export class MarketAlreadyOpen extends Conflict {
  constructor() {
    super('This idea already has a market.');
  }
}

export class IdeaNotFloatable extends Conflict {
  constructor(stage: string) {
    super(`An idea in ${stage.toLowerCase()} cannot be floated.`);
  }
}

export class AlreadySettled extends Conflict {
  constructor(resolution: string) {
    super(`This market was already settled ${resolution}.`);
  }
}

export class MarketPastClosingDate extends DomainError {
  readonly code = 'MARKET_CLOSED';
  constructor() {
    super('This market has passed its closing date, so it no longer trades.');
  }
}
