import { BadUserInput, NotFound } from '../common/errors/domain-error';

export class ChallengeNotFound extends NotFound {
  constructor() {
    super('That challenge');
  }
}

export class ChallengeNotOpen extends BadUserInput {
  constructor(reason: 'not-yet' | 'closed') {
    const message =
      reason === 'not-yet' ? 'This challenge is not open for ideas yet.' : 'This challenge has closed and takes no more ideas.';
    super(message, [{ field: 'challengeId', message }]);
  }
}
