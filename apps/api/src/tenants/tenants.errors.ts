import { Conflict, fieldProblem, Forbidden, NotFound } from '../common/errors/domain-error';

export class TenantNotFound extends NotFound {
  constructor() {
    super({ key: 'TENANT_NOT_FOUND' });
  }
}

export class SlugTaken extends Conflict {
  constructor(slug: string) {
    super({ key: 'SLUG_TAKEN', values: { slug } });
    this.details.fields = [fieldProblem('slug', { key: 'SLUG_TAKEN', values: { slug } })];
  }
}

export class TenantSuspended extends Forbidden {
  constructor() {
    super({ key: 'TENANT_SUSPENDED' });
  }
}
