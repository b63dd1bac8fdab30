import { Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { Recruit } from './recruit.types';
import { RecruitmentService } from './recruitment.service';

@Resolver(() => Recruit)
export class RecruitsResolver {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly members: MembersService,
  ) {}

  @Query(() => [Recruit])
  @Allow.member()
  async recruits(@CurrentActor() actor: MemberActor): Promise<Recruit[]> {
    const recruits = await this.recruitment.recruitsOf(actor);
    const members = await this.members.byIds(
      actor.tenantId,
      recruits.map((recruit) => recruit.memberId),
    );
    return recruits.flatMap((recruit, i) => {
      const member = members[i];
      return member
        ? [{ member: Member.from(member), joinedAt: recruit.joinedAt, tookPart: recruit.tookPart, bonusPaid: recruit.bonusPaid }]
        : [];
    });
  }
}
