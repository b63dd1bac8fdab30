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

export class BoardMayNotTrade extends Forbidden {
  constructor() {
    super("Board members decide the outcome, so they do not trade in this instance's markets.");
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
