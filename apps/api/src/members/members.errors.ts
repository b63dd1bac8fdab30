import { formatAmount } from '@idea-exchange/money';
import { BadUserInput, Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class MemberNotFound extends NotFound {
  constructor() {
    super('That member');
  }
}

export class EmailTaken extends Conflict {
  constructor() {
    super('An account with this e-mail address already exists in this instance. Sign in instead.');
    this.details.fields = [{ field: 'email', message: this.message }];
  }
}

export class LastAdmin extends Conflict {
  constructor() {
    super('An instance needs at least one admin: make someone else an admin first.');
  }
}

export class CannotSuspendSelf extends BadUserInput {
  constructor() {
    super('You cannot suspend yourself.');
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
    const named = positions.map((p) => `${formatAmount(p.shares)} ${p.outcome} shares in "${p.ideaTitle}"`);
    super(
      `This member holds ${named.join('; ')}. Board members decide markets, so they can join the board once these are sold or settled.`,
    );
    this.details.positions = positions.map((p) => ({ idea: p.ideaTitle, outcome: p.outcome, shares: formatAmount(p.shares) }));
  }
}

export class SuspendedMembersAdminOnly extends Forbidden {
  constructor() {
    super('Only admins can list suspended members.');
  }
}

export class SuspensionReasonTooLong extends BadUserInput {
  constructor(limit: number) {
    super(`Keep the reason to ${limit} characters or fewer.`, [
      { field: 'reason', message: `Keep the reason to ${limit} characters or fewer.` },
    ]);
  }
}
