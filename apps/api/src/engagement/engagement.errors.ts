import { Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class OwnIdea extends Forbidden {
  constructor() {
    super({ key: 'OWN_IDEA' });
  }
}

export class IdeaClosedToEngagement extends Conflict {
  constructor() {
    super({ key: 'IDEA_CLOSED_TO_ENGAGEMENT' });
  }
}

export class CommentNotFound extends NotFound {
  constructor() {
    super({ key: 'COMMENT_NOT_FOUND' });
  }
}

export class NotTheCommentAuthor extends Forbidden {
  constructor(action: 'edit' | 'delete') {
    super({ key: action === 'edit' ? 'NOT_THE_COMMENT_AUTHOR_EDIT' : 'NOT_THE_COMMENT_AUTHOR_DELETE' });
  }
}

export class CommentDeleted extends Conflict {
  constructor() {
    super({ key: 'COMMENT_DELETED' });
  }
}
