import { BadUserInput, DomainError, Forbidden, NotFound, Unauthenticated } from '../common/errors/domain-error';

export class WrongCredentials extends Unauthenticated {
  constructor() {
    super('The e-mail address or password is not right.');
  }
}

export class MemberSuspended extends Forbidden {
  constructor() {
    super('Your account is suspended. Ask an admin of this instance if you think this is a mistake.');
  }
}

export class SignUpRestricted extends Forbidden {
  constructor() {
    super('This instance is for invited colleagues: use an e-mail address of an allowed domain, or an invite code.');
    this.details.fields = [{ field: 'email', message: this.message }];
  }
}

export class EmailNotVerified extends DomainError {
  readonly code = 'EMAIL_NOT_VERIFIED';
  constructor() {
    super('Confirm your e-mail address first: follow the link we sent you, or ask for a new one.');
  }
}

/** Unknown, used or expired: the same answer, so a token cannot be probed. */
export class LinkNotValid extends NotFound {
  constructor() {
    super('That link');
    this.message = 'That link has expired or has already been used. Ask for a new one.';
  }
}

export class WrongCurrentPassword extends BadUserInput {
  constructor() {
    super('Your current password is not right.', [{ field: 'currentPassword', message: 'Your current password is not right.' }]);
  }
}
