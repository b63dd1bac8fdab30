import { BadUserInput, Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class NotTeaming extends Conflict {
  constructor() {
    super({ key: 'NOT_TEAMING' });
  }
}

export class NotTheLead extends Forbidden {
  constructor() {
    super({ key: 'NOT_THE_LEAD' });
  }
}

export class NotOnTheTeam extends Forbidden {
  constructor() {
    super({ key: 'NOT_ON_THE_TEAM' });
  }
}

export class TeamFull extends Conflict {
  constructor(max: number) {
    super({ key: 'TEAM_FULL', values: { max: String(max) } });
  }
}

export class AlreadyOnTeam extends Conflict {
  constructor() {
    super({ key: 'ALREADY_ON_TEAM' });
  }
}

export class AlreadyAnswered extends Conflict {
  constructor() {
    super({ key: 'ALREADY_ANSWERED' });
  }
}

export class JoinRequestNotFound extends NotFound {
  constructor() {
    super({ key: 'JOIN_REQUEST_NOT_FOUND' });
  }
}

export class TeamInviteNotFound extends NotFound {
  constructor() {
    super({ key: 'TEAM_INVITE_NOT_FOUND' });
  }
}

export class LeadCannotLeave extends BadUserInput {
  constructor() {
    super({ key: 'LEAD_CANNOT_LEAVE' });
  }
}
