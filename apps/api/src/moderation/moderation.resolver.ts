import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Comment } from '../engagement/comments/comment.types';
import { CommentsService } from '../engagement/comments/comments.service';
import { Idea } from '../ideas/idea.types';
import { IdeasService } from '../ideas/ideas.service';
import { memberLoader } from '../common/graphql/member-loader';
import { requestLoader } from '../common/graphql/request-loaders';
import { Member } from '../members/member.types';
import { MembersService } from '../members/members.service';
import { ModerationService } from './moderation.service';
import { ReportInput } from './report.inputs';
import { ContentKind, Report } from './report.types';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly members: MembersService,
    private readonly ideasService: IdeasService,
    private readonly commentsService: CommentsService,
  ) {}

  @Mutation(() => Report, { description: 'Report an idea or comment to the moderators, with a reason.' })
  @Allow.member()
  async report(@CurrentActor() actor: MemberActor, @Args('input') input: ReportInput): Promise<Report> {
    return Report.from(await this.moderation.report(actor, input));
  }

  @Query(() => [Report], { description: 'Open reports, oldest first.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  async moderationQueue(@CurrentActor() actor: MemberActor): Promise<Report[]> {
    return (await this.moderation.queue(actor)).map(Report.from);
  }

  @Mutation(() => Boolean, { description: 'Hide an idea or comment from everyone but moderators and admins.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  hideContent(
    @CurrentActor() actor: MemberActor,
    @Args('kind', { type: () => ContentKind }) kind: ContentKind,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    return this.moderation.hide(actor, kind, targetId, reason);
  }

  @Mutation(() => Boolean, { description: 'Show hidden content again; on visible content, dismisses its reports.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  restoreContent(
    @CurrentActor() actor: MemberActor,
    @Args('kind', { type: () => ContentKind }) kind: ContentKind,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    return this.moderation.restore(actor, kind, targetId, reason);
  }

  @ResolveField(() => Member)
  @Allow.roles('MODERATOR', 'ADMIN')
  reporter(@Parent() report: Report, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(report.reporterId);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'The reported idea, or the idea of the reported comment.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  async idea(@Parent() report: Report, @CurrentActor() actor: Actor): Promise<Idea | null> {
    const comment = report.kind === 'COMMENT' ? await this.comment(report, actor) : null;
    const ideaId = report.kind === 'IDEA' ? report.targetId : comment?.ideaId;
    if (!ideaId) return null;
    const loader = requestLoader<string, Idea | null>(actor, 'idea.byId', async (ids) =>
      (await this.ideasService.byIds(actor, ids)).map((idea) => (idea ? Idea.from(idea) : null)),
    );
    return loader.load(ideaId);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The reported comment, for a report of a comment.' })
  @Allow.roles('MODERATOR', 'ADMIN')
  async comment(@Parent() report: Report, @CurrentActor() actor: Actor): Promise<Comment | null> {
    if (report.kind !== 'COMMENT') return null;
    const loader = requestLoader<string, Comment | null>(actor, 'comment.byId', async (ids) =>
      (await this.commentsService.byIds(actor, ids)).map((comment) => (comment ? Comment.from(comment) : null)),
    );
    return loader.load(report.targetId);
  }
}
