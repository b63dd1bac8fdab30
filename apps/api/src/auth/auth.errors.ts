import { BadUserInput, DomainError, fieldProblem, Forbidden, NotFound, Unauthenticated } from '../common/errors/domain-error';

export class WrongCredentials extends Unauthenticated {
  constructor() {
    super({ key: 'WRONG_CREDENTIALS' });
  }
}

export class MemberSuspended extends Forbidden {
  constructor() {
    super({ key: 'MEMBER_SUSPENDED' });
  }
}

export class SignUpRestricted extends Forbidden {
  constructor() {
    super({ key: 'SIGN_UP_RESTRICTED' });
    this.details.fields = [fieldProblem('email', { key: 'SIGN_UP_RESTRICTED' })];
  }
}

export class EmailNotVerified extends DomainError {
  readonly code = 'EMAIL_NOT_VERIFIED';
  constructor() {
    super({ key: 'EMAIL_NOT_VERIFIED' });
  }
}

/** Unknown, used or expired: the same answer, so a token cannot be probed. */
export class LinkNotValid extends NotFound {
  constructor() {
    super({ key: 'LINK_NOT_VALID' });
  }
}

export class WrongCurrentPassword extends BadUserInput {
  constructor() {
    super({ key: 'WRONG_CURRENT_PASSWORD' }, [fieldProblem('currentPassword', { key: 'WRONG_CURRENT_PASSWORD' })]);
  }
}
