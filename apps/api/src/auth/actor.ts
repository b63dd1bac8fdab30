import type { RoleName } from '../members/member.entity';

/** Who is asking: a signed-in member, an anonymous visitor of a named instance, or the operator. */
export type Actor = MemberActor | AnonymousActor;

export interface MemberActor {
  kind: 'member';
  tenantId: string;
  memberId: string;
  role: RoleName;
}

export interface AnonymousActor {
  kind: 'anonymous';
  tenantId: string;
}

export function isMember(actor: Actor | undefined): actor is MemberActor {
  return actor?.kind === 'member';
}
