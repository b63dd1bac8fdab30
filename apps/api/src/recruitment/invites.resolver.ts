import { Mutation, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Invite } from './invite.types';
import { InvitesService } from './invites.service';

@Resolver(() => Invite)
export class InvitesResolver {
  constructor(private readonly invites: InvitesService) {}

  @Mutation(() => Invite)
  @Allow.member()
  async createInvite(@CurrentActor() actor: MemberActor): Promise<Invite> {
    return Invite.from(await this.invites.create(actor));
  }
}
