import { Conflict, Forbidden } from '../common/errors/domain-error';

export class NotReadyToFloat extends Conflict {
  constructor(missing: string[]) {
    super(`The idea cannot be floated yet. Still needed: ${missing.join('; ')}.`);
    this.details.missing = missing;
  }
}

export class NotUnderReview extends Conflict {
  constructor() {
    super('The board reviews and decides ideas only while they are in the investment stage.');
  }
}

export class ConflictOfInterest extends Forbidden {
  constructor() {
    super('You are on this idea\u2019s team, so you cannot review or decide it.');
  }
}

export class NotEnoughReviews extends Conflict {
  constructor(have: number, need: number) {
    super(`A decision needs ${need} board reviews; this idea has ${have}.`);
    this.details.reviews = have;
    this.details.needed = need;
  }
}

export class OnlyTheBoardDecides extends Forbidden {
  constructor() {
    super('Only board members review and decide ideas; admins appoint the board.');
  }
}
