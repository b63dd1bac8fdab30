import { Injectable } from '@nestjs/common';
import { acceptsEngagement } from '@idea-exchange/stage-rules';
import { In } from 'typeorm';
import type { Actor, MemberActor } from '../../auth/actor';
import { BadUserInput } from '../../common/errors/domain-error';
import { Database } from '../../database/database.service';
import type { TenantTx } from '../../database/tenant-transaction';
import { isUuid } from '../../common/validation/uuid';
import type { IdeaEntity } from '../../ideas/idea.entity';
import { IdeaNotFound } from '../../ideas/ideas.errors';
import { IdeasService } from '../../ideas/ideas.service';
import { MembersService } from '../../members/members.service';
import { seesHiddenContent } from '../../ideas/content-visibility';
import { NotificationsService } from '../../notifications/notifications.service';
import { RecruitmentService } from '../../recruitment/recruitment.service';
import { BuzzGateService } from '../buzz/buzz-gate.service';
import { CommentDeleted, CommentNotFound, IdeaClosedToEngagement, NotTheCommentAuthor } from '../engagement.errors';
import { CommentEntity } from './comment.entity';
import { MAX_COMMENT, type AddCommentInput } from './comment.inputs';
import { notice } from '../../notifications/notification-text';

export interface PostedComment {
  comment: CommentEntity;
  idea: IdeaEntity;
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Database,
    private readonly ideas: IdeasService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly buzzGate: BuzzGateService,
    private readonly recruitment: RecruitmentService,
  ) {}

  /** A comment, or a reply to a top-level comment; it may lift the idea through the buzz gate. */
  async add(actor: MemberActor, input: AddCommentInput): Promise<PostedComment> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.ideas.lock(tx, actor, input.ideaId);
      if (!acceptsEngagement(idea.stage)) throw new IdeaClosedToEngagement();
      const parent = input.parentId ? await this.replyTarget(tx, actor, idea, input.parentId) : undefined;
      const repository = tx.manager.getRepository(CommentEntity);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        ideaId: idea.id,
        authorId: actor.memberId,
        parentId: parent?.id ?? null,
        body: input.body,
      });
      const comment = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
      const author = await this.members.get(tx, actor.memberId);
      await this.recruitment.tookPart(tx, actor.memberId);
      if (parent) {
        await this.notifications.notify(tx, {
          memberId: parent.authorId,
          actorId: actor.memberId,
          ideaId: idea.id,
          content: notice.replied(author.displayName, idea.title),
        });
      }
      // An author who was just told of a reply does not also need telling of the comment.
      if (parent?.authorId !== idea.authorId) {
        await this.notifications.notify(tx, {
          memberId: idea.authorId,
          actorId: actor.memberId,
          ideaId: idea.id,
          content: notice.commented(author.displayName, idea.title),
        });
      }
      return { comment, idea: await this.buzzGate.evaluate(tx, idea, actor) };
    });
  }

  async edit(actor: MemberActor, commentId: string, body: string): Promise<CommentEntity> {
    const text = body.trim();
    if (text.length < 1 || text.length > MAX_COMMENT)
      throw BadUserInput.field('body', { key: 'COMMENT_LENGTH', values: { max: String(MAX_COMMENT) } });
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const comment = await this.lockOwn(tx, actor, commentId, 'edit');
      if (comment.deleted) throw new CommentDeleted();
      const repository = tx.manager.getRepository(CommentEntity);
      await repository.update({ tenantId: tx.tenantId, id: comment.id }, { body: text, editedAt: () => 'now()' });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: comment.id });
    });
  }

  /** Blanks the comment and marks it deleted; replies to it stay. Deleting twice changes nothing. */
  async delete(actor: MemberActor, commentId: string): Promise<CommentEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const comment = await this.lockOwn(tx, actor, commentId, 'delete');
      if (comment.deleted) return comment;
      const repository = tx.manager.getRepository(CommentEntity);
      await repository.update({ tenantId: tx.tenantId, id: comment.id }, { body: '', deleted: true, editedAt: () => 'now()' });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: comment.id });
    });
  }

  /**
   * The comments of many ideas as this actor may see them, oldest first (for DataLoaders).
   * Hidden comments, and replies to them, are left out except for moderators and admins.
   */
  async onIdeas(actor: Actor, ideaIds: readonly string[]): Promise<CommentEntity[]> {
    const all = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager
        .getRepository(CommentEntity)
        .find({ where: { tenantId: tx.tenantId, ideaId: In([...ideaIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    );
    if (seesHiddenContent(actor)) return all;
    const hidden = new Set(all.filter((comment) => comment.hidden).map((comment) => comment.id));
    return all.filter((comment) => !comment.hidden && !(comment.parentId && hidden.has(comment.parentId)));
  }

  /** Many comments at once, in the order asked, undefined where missing or hidden from this actor. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<Array<CommentEntity | undefined>> {
    const found = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(CommentEntity).findBy({ tenantId: tx.tenantId, id: In(ids.filter(isUuid)) }),
    );
    const seesHidden = seesHiddenContent(actor);
    const byId = new Map(found.filter((comment) => seesHidden || !comment.hidden).map((comment) => [comment.id, comment]));
    return ids.map((id) => byId.get(id));
  }

  /** A comment as this actor may see it, locked for a change (moderation, reports). */
  async lock(tx: TenantTx, actor: Actor | undefined, commentId: string): Promise<CommentEntity> {
    const peek = isUuid(commentId)
      ? await tx.manager.getRepository(CommentEntity).findOneBy({ tenantId: tx.tenantId, id: commentId })
      : null;
    if (!peek) throw new CommentNotFound();
    // The idea first, then the comment: the same order as adding a comment, so no deadlock.
    await this.ideas.lock(tx, actor, peek.ideaId).catch((error: unknown) => {
      throw error instanceof IdeaNotFound ? new CommentNotFound() : error;
    });
    const comment = await tx.manager
      .getRepository(CommentEntity)
      .findOneOrFail({ where: { tenantId: tx.tenantId, id: commentId }, lock: { mode: 'pessimistic_write' } });
    if (comment.hidden && actor && !seesHiddenContent(actor)) throw new CommentNotFound();
    return comment;
  }

  /** Hides or shows a comment (moderation); returns it as it is now. */
  /**
   * Moves every comment of one idea, replies with their parents, to another (a merge). One
   * statement, so each reply's reference to its parent's idea holds when it is checked.
   */
  async moveAll(tx: TenantTx, fromIdeaId: string, toIdeaId: string): Promise<number> {
    const moved = await tx.query<{ id: string }>(
      `WITH moved AS (UPDATE comments SET idea_id = $3 WHERE tenant_id = $1 AND idea_id = $2 RETURNING id) SELECT id FROM moved`,
      [tx.tenantId, fromIdeaId, toIdeaId],
    );
    return moved.length;
  }

  async setHidden(tx: TenantTx, commentId: string, hidden: boolean): Promise<CommentEntity> {
    const comment = await this.lock(tx, undefined, commentId);
    if (comment.hidden === hidden) return comment;
    await tx.manager.getRepository(CommentEntity).update({ tenantId: tx.tenantId, id: comment.id }, { hidden });
    return { ...comment, hidden };
  }

  private async lockOwn(tx: TenantTx, actor: MemberActor, commentId: string, action: 'edit' | 'delete'): Promise<CommentEntity> {
    const comment = await this.lock(tx, actor, commentId);
    if (comment.authorId !== actor.memberId) throw new NotTheCommentAuthor(action);
    return comment;
  }

  private async replyTarget(tx: TenantTx, actor: MemberActor, idea: IdeaEntity, parentId: string): Promise<CommentEntity> {
    const parent = isUuid(parentId)
      ? await tx.manager.getRepository(CommentEntity).findOneBy({ tenantId: tx.tenantId, id: parentId })
      : null;
    if (!parent || parent.ideaId !== idea.id || (parent.hidden && !seesHiddenContent(actor))) {
      throw BadUserInput.field('parentId', { key: 'REPLY_ON_THIS_IDEA' });
    }
    if (parent.parentId) throw BadUserInput.field('parentId', { key: 'REPLY_ONE_LEVEL' });
    if (parent.deleted) throw BadUserInput.field('parentId', { key: 'REPLY_TO_DELETED' });
    return parent;
  }
}
