import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../../auth/actor';
import { Allow } from '../../auth/allow.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { memberLoader } from '../../common/graphql/member-loader';
import { Member } from '../../members/member.types';
import { MembersService } from '../../members/members.service';
import { AddCommentInput } from './comment.inputs';
import { Comment } from './comment.types';
import { CommentsService } from './comments.service';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly members: MembersService,
  ) {}

  @Mutation(() => Comment, { description: 'Comment on an idea, or reply to a top-level comment (one level of replies).' })
  @Allow.member()
  async addComment(@CurrentActor() actor: MemberActor, @Args('input') input: AddCommentInput): Promise<Comment> {
    return Comment.from((await this.commentsService.add(actor, input)).comment);
  }

  @Mutation(() => Comment, { description: 'Its author changes a comment.' })
  @Allow.member()
  async editComment(
    @CurrentActor() actor: MemberActor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ): Promise<Comment> {
    return Comment.from(await this.commentsService.edit(actor, commentId, body));
  }

  @Mutation(() => Comment, { description: 'Its author deletes a comment: it stays as "deleted" so replies keep their place.' })
  @Allow.member()
  async deleteComment(@CurrentActor() actor: MemberActor, @Args('commentId', { type: () => ID }) commentId: string): Promise<Comment> {
    return Comment.from(await this.commentsService.delete(actor, commentId));
  }

  @ResolveField(() => Member)
  @Allow.publicRead()
  author(@Parent() comment: Comment, @CurrentActor() actor: Actor): Promise<Member> {
    return memberLoader(actor, this.members).load(comment.authorId);
  }
}
