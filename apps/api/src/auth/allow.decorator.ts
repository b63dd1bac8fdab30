import { SetMetadata } from '@nestjs/common';
import type { RoleName } from '../members/member.entity';

export const ACCESS_RULE = 'access-rule';

export type AccessRule =
  { kind: 'anyone' } | { kind: 'public-read' } | { kind: 'member' } | { kind: 'roles'; roles: RoleName[] } | { kind: 'operator' };

/**
 * Every resolver and controller says who may call it; the access guard refuses anything that
 * says nothing, so a new operation can never be open by accident.
 */
export const Allow = {
  /** No sign-in needed (sign-up, log-in, health). */
  anyone: () => SetMetadata(ACCESS_RULE, { kind: 'anyone' } satisfies AccessRule),
  /** Signed-in members, or anonymous visitors of a public instance named by X-Tenant. */
  publicRead: () => SetMetadata(ACCESS_RULE, { kind: 'public-read' } satisfies AccessRule),
  member: () => SetMetadata(ACCESS_RULE, { kind: 'member' } satisfies AccessRule),
  roles: (...roles: RoleName[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule),
  /** The platform operator, with the operator token. */
  operator: () => SetMetadata(ACCESS_RULE, { kind: 'operator' } satisfies AccessRule),
};
