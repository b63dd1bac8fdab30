import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Forbidden } from '../common/errors/domain-error';
import { Member } from './member.types';

/** Whether a member has confirmed their address is theirs and their admins' to know. */
@Resolver(() => Member)
export class MemberEmailVerifiedResolver {
  @ResolveField(() => Boolean, { description: 'Visible to the member and admins.' })
  emailVerified(@Parent() member: Member, @CurrentActor() actor: Actor | undefined): boolean {
    const own = actor?.kind === 'member' && actor.memberId === member.id;
    const admin = actor?.kind === 'member' && actor.role === 'ADMIN';
    if (!own && !admin) throw new Forbidden({ key: 'EMAIL_CONFIRMED_PRIVATE' });
    return member.verified;
  }
}
