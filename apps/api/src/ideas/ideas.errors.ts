import { Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class IdeaNotFound extends NotFound {
  constructor() {
    super('That idea');
  }
}

export class NotTheAuthor extends Forbidden {
  constructor(action: string) {
    super(`Only the author of an idea can ${action} it.`);
  }
}

export class IdeaNotEditable extends Conflict {
  constructor() {
    super('This idea has left the buzz stage, so it can no longer be edited.');
  }
}

export class IdeaNotWithdrawable extends Conflict {
  constructor() {
    super('This idea can no longer be withdrawn: it has been floated or has already ended.');
  }
}
