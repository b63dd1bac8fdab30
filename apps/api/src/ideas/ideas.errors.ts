import { Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class IdeaNotFound extends NotFound {
  constructor() {
    super({ key: 'IDEA_NOT_FOUND' });
  }
}

export class NotTheAuthor extends Forbidden {
  constructor(action: 'edit' | 'withdraw') {
    super({ key: action === 'edit' ? 'NOT_THE_AUTHOR_EDIT' : 'NOT_THE_AUTHOR_WITHDRAW' });
  }
}

export class IdeaNotEditable extends Conflict {
  constructor() {
    super({ key: 'IDEA_NOT_EDITABLE' });
  }
}

export class IdeaNotWithdrawable extends Conflict {
  constructor() {
    super({ key: 'IDEA_NOT_WITHDRAWABLE' });
  }
}
