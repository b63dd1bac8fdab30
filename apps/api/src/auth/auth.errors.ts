import { Forbidden, Unauthenticated } from '../common/errors/domain-error';

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
