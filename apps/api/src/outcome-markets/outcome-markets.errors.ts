import { BadUserInput, Conflict, Forbidden } from '../common/errors/domain-error';

export class NotImplementedYet extends Conflict {
  constructor() {
    super('Outcome markets open only on implemented ideas.');
  }
}

export class TeamMayNotOpen extends Forbidden {
  constructor() {
    super('You are on this idea\u2019s team, so you cannot open a market on its outcome.');
  }
}

export class TargetAlreadyReached extends BadUserInput {
  constructor(recorded: string) {
    super(`Realised savings of ${recorded} are already recorded: choose a higher target.`, [
      { field: 'target', message: `Choose a target above the ${recorded} already recorded.` },
    ]);
  }
}

export class ClosingDateOutOfRange extends BadUserInput {
  constructor() {
    super('The closing date must be in the future and within 10 years.', [
      { field: 'closesAt', message: 'Enter a closing date in the future and within 10 years.' },
    ]);
  }
}
