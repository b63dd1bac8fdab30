import { Conflict } from '../../common/errors/domain-error';
import type { StageName } from '../idea.entity';

const WORDS: Record<StageName, string> = {
  BUZZ: 'buzz',
  TEAMING: 'teaming',
  INVESTMENT: 'investment',
  IMPLEMENTED: 'implemented',
  REJECTED: 'rejected',
  ARCHIVED: 'archived',
};

export function stageWord(stage: StageName): string {
  return WORDS[stage];
}

export class StageMoveNotAllowed extends Conflict {
  constructor(from: StageName, to: StageName) {
    super(`An idea in ${stageWord(from)} cannot move to ${stageWord(to)}.`);
    this.details.stage = from;
  }
}

export class StageChangedMeanwhile extends Conflict {
  constructor() {
    super('This idea changed stage while you were acting on it. Reload it and try again.');
  }
}
