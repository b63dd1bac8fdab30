import { SetMetadata } from '@nestjs/common';
import type { RoleName } from '../members/member.entity';

export const ACCESS_RULE = 'access-rule';

export type AccessRule =
  | { kind: 'anyone' }
  | { kind: 'public-read'; beforeVerification?: boolean }
  | { kind: 'member'; beforeVerification?: boolean }
  | { kind: 'roles'; roles: RoleName[] }
  | { kind: 'operator' };

export interface VerificationOption {
  /**
   * Also open to a member who has not yet followed their verification link (who they are, the
   * instance, re-sending the link, changing the password); everything else answers
   * EMAIL_NOT_VERIFIED to them.
   */
  beforeVerification?: boolean;
}

/**
 * Every resolver and controller says who may call it; the access guard refuses anything that
 * says nothing, so a new operation can never be open by accident.
 */
export const Allow = {
  /** No sign-in needed (sign-up, log-in, health). */
  anyone: () => SetMetadata(ACCESS_RULE, { kind: 'anyone' } satisfies AccessRule),
  /** Signed-in members, or anonymous visitors of a public instance named by X-Tenant. */
  publicRead: (options: VerificationOption = {}) => SetMetadata(ACCESS_RULE, { kind: 'public-read', ...options } satisfies AccessRule),
  member: (options: VerificationOption = {}) => SetMetadata(ACCESS_RULE, { kind: 'member', ...options } satisfies AccessRule),
  roles: (...roles: RoleName[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule),
  /** The platform operator, with the operator token. */
  operator: () => SetMetadata(ACCESS_RULE, { kind: 'operator' } satisfies AccessRule),
};
