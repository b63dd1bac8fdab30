import { Conflict, Forbidden, NotFound } from '../common/errors/domain-error';

export class TenantNotFound extends NotFound {
  constructor() {
    super('That instance');
  }
}

export class SlugTaken extends Conflict {
  constructor(slug: string) {
    super(`The short name "${slug}" is already used by another instance.`);
    this.details.fields = [{ field: 'slug', message: this.message }];
  }
}

export class TenantSuspended extends Forbidden {
  constructor() {
    super('This instance is suspended: you can read what is there, but not sign in or make changes.');
  }
}
