import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { memberLoader } from '../common/graphql/member-loader';
import { groupInOrder, requestLoader } from '../common/graphql/request-loaders';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { ImpactService } from './impact.service';
import { ImpactInput, ImpactRecord, ImpactSummary } from './impact.types';

@Resolver()
export class ImpactResolver {
  constructor(private readonly impactService: ImpactService) {}

  @Mutation(() => ImpactRecord)
  @Allow.member()
  async recordImpact(@CurrentActor() actor: MemberActor, @Args('input') input: ImpactInput): Promise<ImpactRecord> {
    return ImpactRecord.from(await this.impactService.record(actor, input));
  }

  @Query(() => ImpactSummary)
  @Allow.publicRead()
  async impact(@CurrentActor() actor: Actor): Promise<ImpactSummary> {
    const totals = await this.impactService.summary(actor);
    return {
      implementedIdeas: totals.ideas.length,
      estimatedAnnualSavings: totals.estimatedAnnualSavings,
      realisedSavings: totals.realisedSavings,
      ideas: totals.ideas.map(Idea.from),
    };
  }
}

@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaImpactFieldsResolver {
  constructor(private readonly impactService: ImpactService) {}

  @ResolveField(() => [ImpactRecord], { description: 'Realised savings and outcome notes, oldest first.' })
  impact(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<ImpactRecord[]> {
    const loader = requestLoader<string, ImpactRecord[]>(actor, 'idea.impact', async (ids) => {
      const rows = await this.impactService.recordsOf(actor.tenantId, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => group.map(ImpactRecord.from));
    });
    return loader.load(idea.id);
  }
}

@Resolver(() => ImpactRecord)
@Allow.publicRead()
export class ImpactRecordFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Member)
  recordedBy(@Parent() record: ImpactRecord, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(record.recordedBy);
  }
}
