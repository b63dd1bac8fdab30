import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ProfileInput } from './member.inputs';
import { Member, MemberStatus, Role } from './member.types';
import { MembersService } from './members.service';

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
    const member = await this.membersService.find(actor, id);
    return member ? Member.from(member) : null;
  }

  @Query(() => [Member], { description: 'The member directory: find people by skill, name or department.' })
  @Allow.member()
  async members(
    @CurrentActor() actor: MemberActor,
    @Args('skill', { nullable: true }) skill?: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0, description: 'Members to skip, for paging.' }) offset = 0,
    @Args('status', { type: () => MemberStatus, nullable: true, defaultValue: MemberStatus.ACTIVE }) status = MemberStatus.ACTIVE,
    @Args('role', { type: () => Role, nullable: true }) role?: Role,
  ): Promise<Member[]> {
    return (await this.membersService.directory(actor, { skill, search, first, offset, status, role })).map(Member.from);
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
    @Args('reason', { type: () => String, nullable: true, description: 'Why, recorded in the audit log.' }) reason?: string | null,
  ): Promise<Member> {
    return Member.from(await this.membersService.setSuspended(actor, memberId, suspended, reason));
  }

  @Mutation(() => Member)
  @Allow.roles('ADMIN')
  async setRole(
    @CurrentActor() actor: MemberActor,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Member> {
    return Member.from(await this.membersService.setRole(actor, memberId, role));
  }
}
