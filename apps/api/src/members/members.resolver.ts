import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ProfileInput } from './member.inputs';
import { Member, Role } from './member.types';
import { MembersService } from './members.service';
import { MemberNotFound } from './members.errors';

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @Query(() => Member)
  @Allow.member({ beforeVerification: true })
  async me(@CurrentActor() actor: MemberActor): Promise<Member> {
    return Member.from(await this.membersService.byId(actor.tenantId, actor.memberId));
  }

  @Query(() => Member, { nullable: true })
  @Allow.publicRead()
  async member(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Member | null> {
    const member = await this.membersService.byId(actor.tenantId, id).catch((error: unknown) => {
      if (error instanceof MemberNotFound) return undefined;
      throw error;
    });
    return member ? Member.from(member) : null;
  }

  @Query(() => [Member], { description: 'The member directory: find people by skill, name or department.' })
  @Allow.member()
  async members(
    @CurrentActor() actor: MemberActor,
    @Args('skill', { nullable: true }) skill?: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
  ): Promise<Member[]> {
    const found = await this.membersService.directory(actor.tenantId, { skill, search, first: Math.min(Math.max(first, 1), 100) });
    return found.map(Member.from);
  }

  @Mutation(() => Member)
  @Allow.member()
  async updateProfile(@CurrentActor() actor: MemberActor, @Args('input') input: ProfileInput): Promise<Member> {
    return Member.from(await this.membersService.updateProfile(actor, input));
  }

  @Mutation(() => Member)
  @Allow.roles('ADMIN')
  async suspendMember(
    @CurrentActor() actor: MemberActor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('suspended') suspended: boolean,
  ): Promise<Member> {
    return Member.from(await this.membersService.setSuspended(actor, memberId, suspended));
  }

  @Mutation(() => Member)
  @Allow.roles('ADMIN')
  async setRole(
    @CurrentActor() actor: MemberActor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Member> {
    return Member.from(await this.membersService.setRole(actor.tenantId, memberId, role, actor.memberId));
  }
}
