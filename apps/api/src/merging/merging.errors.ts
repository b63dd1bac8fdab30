import { BadUserInput, Conflict } from '../common/errors/domain-error';

export class MergeIntoItself extends BadUserInput {
  constructor() {
    super('An idea cannot be merged into itself: choose a different idea to keep.', [
      { field: 'targetId', message: 'Choose a different idea to keep.' },
    ]);
  }
}

export class MergeWithOpenMarket extends Conflict {
  constructor(title: string) {
    super(`"${title}" has a market that is still trading, so it cannot be merged.`);
  }
}

export class NotMergeable extends Conflict {
  constructor(title: string, why: string) {
    super(`"${title}" cannot be merged: ${why}.`);
  }
}
