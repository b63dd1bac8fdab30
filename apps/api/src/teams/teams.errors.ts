import { BadUserInput, Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class NotTeaming extends Conflict {
  constructor() {
    super('Teams can only change while the idea is in the teaming stage.');
  }
}

export class NotTheLead extends Forbidden {
  constructor() {
    super("Only the idea's author, who leads its team, can do this.");
  }
}

export class NotOnTheTeam extends Forbidden {
  constructor() {
    super("Only members of the idea's team can do this.");
  }
}

export class TeamFull extends Conflict {
  constructor(max: number) {
    super(`The team is full: this instance allows ${max} people per team, lead included.`);
  }
}

export class AlreadyOnTeam extends Conflict {
  constructor() {
    super('That person is already on the team.');
  }
}

export class AlreadyAnswered extends Conflict {
  constructor() {
    super('This has already been answered.');
  }
}

export class JoinRequestNotFound extends NotFound {
  constructor() {
    super('That join request');
  }
}

export class TeamInviteNotFound extends NotFound {
  constructor() {
    super('That team invitation');
  }
}

export class LeadCannotLeave extends BadUserInput {
  constructor() {
    super('The lead cannot leave their own team; withdraw the idea instead.');
  }
}
