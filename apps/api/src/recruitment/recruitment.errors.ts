import { BadUserInput, fieldProblem } from '../common/errors/domain-error';
import type { ErrorWords } from '@idea-exchange/wording';

/** An invite code refused: the same words in the summary and beside the field. */
const refused = (words: ErrorWords): [ErrorWords, ReturnType<typeof fieldProblem>[]] => [words, [fieldProblem('inviteCode', words)]];

export class UnknownInviteCode extends BadUserInput {
  constructor() {
    super(...refused({ key: 'UNKNOWN_INVITE_CODE' }));
  }
}

export class InviteExpired extends BadUserInput {
  constructor() {
    super(...refused({ key: 'INVITE_EXPIRED' }));
  }
}

export class InviteUsedUp extends BadUserInput {
  constructor() {
    super(...refused({ key: 'INVITE_USED_UP' }));
  }
}
