import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { LeaderboardEntry, LeaderboardKind, Period } from './leaderboard.types';
import { LeaderboardReadsService } from './leaderboard-reads.service';

@Resolver(() => LeaderboardEntry)
export class LeaderboardsResolver {
  constructor(
    private readonly leaderboards: LeaderboardReadsService,
    private readonly members: MembersService,
  ) {}

  @Query(() => [LeaderboardEntry])
  @Allow.publicRead()
  async leaderboard(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => LeaderboardKind }) kind: LeaderboardKind,
    @Args('period', { type: () => Period, nullable: true, defaultValue: Period.ALL_TIME }) period: Period,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<LeaderboardEntry[]> {
    const ranked = await this.leaderboards.top(actor, kind, period ?? Period.ALL_TIME, first ?? 20);
    const members = await this.members.byIds(
      actor.tenantId,
      ranked.map((entry) => entry.memberId),
    );
    return ranked.flatMap((entry, i) => {
      const member = members[i];
      return member ? [{ rank: entry.rank, score: entry.score, member: Member.from(member) }] : [];
    });
  }

  @Query(() => LeaderboardEntry, { nullable: true })
  @Allow.member()
  async myRank(
    @CurrentActor() actor: MemberActor,
    @Args('kind', { type: () => LeaderboardKind }) kind: LeaderboardKind,
    @Args('period', { type: () => Period, nullable: true, defaultValue: Period.ALL_TIME }) period: Period,
  ): Promise<LeaderboardEntry | null> {
    const mine = await this.leaderboards.rankOf(actor, kind, period ?? Period.ALL_TIME);
    if (!mine) return null;
    const [member] = await this.members.byIds(actor.tenantId, [actor.memberId]);
    return member ? { rank: mine.rank, score: mine.score, member: Member.from(member) } : null;
  }
}
