import { formatAmount } from '@idea-exchange/money';
import { BadUserInput, Conflict, fieldProblem, Forbidden, NotFound } from '../common/errors/domain-error';

export class MemberNotFound extends NotFound {
  constructor() {
    super({ key: 'MEMBER_NOT_FOUND' });
  }
}

export class EmailTaken extends Conflict {
  constructor() {
    super({ key: 'EMAIL_TAKEN' });
    this.details.fields = [fieldProblem('email', { key: 'EMAIL_TAKEN' })];
  }
}

export class LastAdmin extends Conflict {
  constructor() {
    super({ key: 'LAST_ADMIN' });
  }
}

export class CannotSuspendSelf extends BadUserInput {
  constructor() {
    super({ key: 'CANNOT_SUSPEND_SELF' });
  }
}

export interface HeldPosition {
  ideaTitle: string;
  outcome: string;
  shares: bigint;
}

/** The board decides markets, so nobody joins it while holding shares in one that is open. */
export class ShareholderMayNotJoinBoard extends Conflict {
  constructor(positions: HeldPosition[]) {
    const held = positions.map((p) => ({
      key: 'HELD_SHARES' as const,
      values: { shares: formatAmount(p.shares), outcome: p.outcome, idea: p.ideaTitle },
    }));
    super({ key: 'SHAREHOLDER_MAY_NOT_JOIN_BOARD', values: { positions: held } });
    this.details.positions = positions.map((p) => ({ idea: p.ideaTitle, outcome: p.outcome, shares: formatAmount(p.shares) }));
  }
}

export class SuspendedMembersAdminOnly extends Forbidden {
  constructor() {
    super({ key: 'SUSPENDED_MEMBERS_ADMIN_ONLY' });
  }
}

export class SuspensionReasonTooLong extends BadUserInput {
  constructor(limit: number) {
    const words = { key: 'SUSPENSION_REASON_TOO_LONG', values: { limit: String(limit) } } as const;
    super(words, [fieldProblem('reason', words)]);
  }
}
