import { BadUserInput } from '../common/errors/domain-error';

export class UnknownInviteCode extends BadUserInput {
  constructor() {
    super('That invite code is not valid for this instance.', [
      { field: 'inviteCode', message: 'That invite code is not valid for this instance.' },
    ]);
  }
}

export class InviteExpired extends BadUserInput {
  constructor() {
    super('That invite code has expired. Ask the colleague who sent it for a new one.', [
      { field: 'inviteCode', message: 'That invite code has expired. Ask the colleague who sent it for a new one.' },
    ]);
  }
}

export class InviteUsedUp extends BadUserInput {
  constructor() {
    super('That invite code has admitted as many people as it can. Ask the colleague who sent it for a new one.', [
      {
        field: 'inviteCode',
        message: 'That invite code has admitted as many people as it can. Ask the colleague who sent it for a new one.',
      },
    ]);
  }
}
