import { Conflict } from '../../common/errors/domain-error';
import type { StageName } from '../idea.entity';

export class StageMoveNotAllowed extends Conflict {
  constructor(from: StageName, to: StageName) {
    super({ key: 'STAGE_MOVE_NOT_ALLOWED', values: { from, to } });
    this.details.stage = from;
  }
}

export class StageChangedMeanwhile extends Conflict {
  constructor() {
    super({ key: 'STAGE_CHANGED_MEANWHILE' });
  }
}
