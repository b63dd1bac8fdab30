import { BadUserInput, Conflict, fieldProblem } from '../common/errors/domain-error';

export class MergeIntoItself extends BadUserInput {
  constructor() {
    super({ key: 'MERGE_INTO_ITSELF' }, [fieldProblem('targetId', { key: 'MERGE_KEEP_ANOTHER' })]);
  }
}

export class MergeWithOpenMarket extends Conflict {
  constructor(title: string) {
    super({ key: 'MERGE_WITH_OPEN_MARKET', values: { title } });
  }
}

/** Why an idea cannot be merged, worded for each reader. */
export type NotMergeableWhy = 'ALREADY_MERGED' | 'MERGE_ONLY_EARLY_STAGES';

export class NotMergeable extends Conflict {
  constructor(title: string, why: NotMergeableWhy) {
    super({ key: 'NOT_MERGEABLE', values: { title, why: { key: why } } });
  }
}
