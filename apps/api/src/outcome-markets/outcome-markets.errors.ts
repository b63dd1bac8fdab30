import { BadUserInput, Conflict, fieldProblem, Forbidden } from '../common/errors/domain-error';

export class NotImplementedYet extends Conflict {
  constructor() {
    super({ key: 'OUTCOME_MARKET_NOT_IMPLEMENTED' });
  }
}

export class TeamMayNotOpen extends Forbidden {
  constructor() {
    super({ key: 'TEAM_MAY_NOT_OPEN' });
  }
}

export class TargetAlreadyReached extends BadUserInput {
  constructor(recorded: string) {
    super({ key: 'TARGET_ALREADY_REACHED', values: { recorded } }, [
      fieldProblem('target', { key: 'TARGET_ABOVE_RECORDED', values: { recorded } }),
    ]);
  }
}

export class ClosingDateOutOfRange extends BadUserInput {
  constructor() {
    super({ key: 'CLOSING_DATE_OUT_OF_RANGE' }, [fieldProblem('closesAt', { key: 'CLOSING_DATE_FIELD' })]);
  }
}
