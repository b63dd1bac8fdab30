import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Idea } from '../ideas/idea.types';
import { groupInOrder, requestLoader } from '../common/graphql/request-loaders';
import type { IdeaRef } from './buzz/buzz-activity.query';
import { Comment } from './comments/comment.types';
import { CommentsService } from './comments/comments.service';
import { IdeaEngagementService, type Engagement } from './idea-engagement.service';

/** An idea's support, discussion and buzz: one query per page of ideas, however long the page. */
@Resolver(() => Idea)
@Allow.publicRead()
export class IdeaEngagementResolver {
  constructor(
    private readonly engagementService: IdeaEngagementService,
    private readonly commentsService: CommentsService,
  ) {}

  @ResolveField(() => Int)
  async supportCount(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.engagement(actor).load(idea)).supporters;
  }

  @ResolveField(() => Int, { description: "Weighted distinct supporters plus commenters other than the author (the instance's weights)." })
  async buzzScore(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.engagement(actor).load(idea)).buzzScore;
  }

  @ResolveField(() => Boolean, { description: 'False when nobody is signed in.' })
  async supportedByMe(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<boolean> {
    return (await this.engagement(actor).load(idea)).supportedByViewer;
  }

  @ResolveField(() => Int, { description: 'Comments and replies you can see, deleted ones excepted.' })
  async commentCount(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<number> {
    return (await this.engagement(actor).load(idea)).comments;
  }

  @ResolveField(() => [Comment], { description: 'Comments and replies, oldest first; replies carry parentId.' })
  async comments(@Parent() idea: Idea, @CurrentActor() actor: Actor): Promise<Comment[]> {
    const loader = requestLoader<string, Comment[]>(actor, 'idea.comments', async (ids) => {
      const rows = await this.commentsService.onIdeas(actor, ids);
      return groupInOrder(ids, rows, (row) => row.ideaId).map((group) => group.map(Comment.from));
    });
    return loader.load(idea.id);
  }

  private engagement(actor: Actor): DataLoader<IdeaRef, Engagement> {
    return requestLoader<IdeaRef, Engagement>(actor, 'idea.engagement', (ideas) => this.engagementService.onIdeas(actor, ideas));
  }
}
