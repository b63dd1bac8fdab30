import { Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Forbidden } from '../common/errors/domain-error';
import { AmountScalar } from '../common/scalars/amount.scalar';
import { WalletService } from '../ledger/wallet.service';
import { Member } from './member.types';

/**
 * True when this member is a leaderboard entry's own member, where balances are public. Only the
 * immediate parent counts: any member reached further down (an entry's member's ideas' authors)
 * is someone else, whose balance is theirs alone.
 */
function onLeaderboard(info: GraphQLResolveInfo): boolean {
  return info.path.prev?.typename === 'LeaderboardEntry';
}

/**
 * A member's wallet balance is theirs and their admins' to see, and public on leaderboards.
 * Anyone else asking gets FORBIDDEN on the field (it is non-null, so a value of zero would be
 * a lie and null is not allowed).
 */
@Resolver(() => Member)
export class MemberBalanceResolver {
  constructor(private readonly wallets: WalletService) {}

  @ResolveField(() => AmountScalar, { description: 'Visible to the member, admins and on leaderboards.' })
  async balance(@Parent() member: Member, @CurrentActor() actor: Actor | undefined, @Info() info: GraphQLResolveInfo): Promise<bigint> {
    // The root field's access guard has already established the actor.
    if (!actor) throw new Forbidden({ key: 'BALANCE_PRIVATE' });
    const own = actor.kind === 'member' && actor.memberId === member.id;
    const admin = actor.kind === 'member' && actor.role === 'ADMIN';
    if (!own && !admin && !onLeaderboard(info)) throw new Forbidden({ key: 'BALANCE_PRIVATE' });
    return this.wallets.balance(actor.tenantId, member.id);
  }
}
