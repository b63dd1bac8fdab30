import { BadUserInput, fieldProblem, NotFound } from '../common/errors/domain-error';

export class ChallengeNotFound extends NotFound {
  constructor() {
    super({ key: 'CHALLENGE_NOT_FOUND' });
  }
}

export class ChallengeNotOpen extends BadUserInput {
  constructor(reason: 'not-yet' | 'closed') {
    const words = { key: reason === 'not-yet' ? 'CHALLENGE_NOT_YET_OPEN' : 'CHALLENGE_CLOSED' } as const;
    super(words, [fieldProblem('challengeId', words)]);
  }
}
