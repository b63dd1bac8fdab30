import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Member, Role } from './member.types';
import { MembersService } from './members.service';
import { MemberNotFound } from './members.errors';

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => Member)
  @Allow.member()
  async me(@CurrentActor() actor: MemberActor): Promise<Member> {
    return Member.from(await this.members.byId(actor.tenantId, actor.memberId));
  }

  @Query(() => Member, { nullable: true })
  @Allow.publicRead()
  async member(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Member | null> {
    const member = await this.members.byId(actor.tenantId, id).catch((error: unknown) => {
      if (error instanceof MemberNotFound) return undefined;
      throw error;
    });
    return member ? Member.from(member) : null;
  }

  @Mutation(() => Member)
  @Allow.roles('ADMIN')
  async setRole(
    @CurrentActor() actor: MemberActor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Member> {
    return Member.from(await this.members.setRole(actor.tenantId, memberId, role));
  }
}
