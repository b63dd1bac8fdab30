import { Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class OwnIdea extends Forbidden {
  constructor() {
    super('You cannot support your own idea.');
  }
}

export class IdeaClosedToEngagement extends Conflict {
  constructor() {
    super('This idea has been archived or rejected, so it takes no more support or comments.');
  }
}

export class CommentNotFound extends NotFound {
  constructor() {
    super('That comment');
  }
}

export class NotTheCommentAuthor extends Forbidden {
  constructor(action: string) {
    super(`Only the author of a comment can ${action} it.`);
  }
}

export class CommentDeleted extends Conflict {
  constructor() {
    super('This comment has been deleted, so it can no longer be edited.');
  }
}
