import { Injectable } from '@nestjs/common';
import { canWithdraw, isEditable } from '@idea-exchange/stage-rules';
import { In } from 'typeorm';
import type { Actor, MemberActor } from '../auth/actor';
import { Clock } from '../common/clock/clock';
import { BadUserInput } from '../common/errors/domain-error';
import { ChallengesService } from '../challenges/challenges.service';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { seesHiddenContent } from './content-visibility';
import { LeaderboardsService } from '../leaderboards/leaderboards.service';
import { LedgerService } from '../ledger/ledger.service';
import { RecruitmentService } from '../recruitment/recruitment.service';
import { TenantsService } from '../tenants/tenants.service';
import { FollowsService } from './following/follows.service';
import { isUuid } from '../common/validation/uuid';
import { decodeCursor } from './idea-cursor';
import { IdeaCreditsStore } from './idea-credits-store';
import { IdeaEditEntity } from './idea-edit.entity';
import { listIdeas, type EngagementCounts, type IdeaListPage } from './idea-list.query';
import { MAX_TAGS, normaliseTags } from './idea-tags';
import { IdeaEntity, type StageName } from './idea.entity';
import type { EditIdeaInput, IdeasArgs, SubmitIdeaInput } from './idea.inputs';
import { IdeaNotEditable, IdeaNotFound, IdeaNotWithdrawable, NotTheAuthor } from './ideas.errors';
import { StageService } from './stages/stage.service';
import { stageReason } from '@idea-exchange/wording';

@Injectable()
export class IdeasService {
  private engagementCounts?: EngagementCounts;

  constructor(
    private readonly db: Database,
    private readonly challenges: ChallengesService,
    private readonly stages: StageService,
    private readonly tenants: TenantsService,
    private readonly leaderboards: LeaderboardsService,
    private readonly recruitment: RecruitmentService,
    private readonly follows: FollowsService,
    private readonly clock: Clock,
    ledger: LedgerService,
  ) {
    // Ideas build on the ledger, which names a member's positions by their ideas' titles.
    ledger.addNameSource('ideaTitles', `SELECT id, title FROM ideas WHERE tenant_id = $1`);
  }

  /** A new idea in BUZZ, answering an open challenge if one is named. */
  async submit(actor: MemberActor, input: SubmitIdeaInput): Promise<IdeaEntity> {
    const tags = normaliseTags(input.tags);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      if (input.challengeId) await this.challenges.requireOpen(tx, input.challengeId);
      const repository = tx.manager.getRepository(IdeaEntity);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        authorId: actor.memberId,
        title: input.title,
        description: input.description,
        tags,
        challengeId: input.challengeId ?? null,
      });
      const idea = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
      await this.stages.recordSubmission(tx, idea, actor);
      await this.leaderboards.ideaPosted(tx, idea);
      await this.recruitment.tookPart(tx, actor.memberId);
      return idea;
    });
  }

  /** The author changes their idea while it is in BUZZ; what it said before is kept. */
  async edit(actor: MemberActor, ideaId: string, input: EditIdeaInput): Promise<IdeaEntity> {
    const tags = input.tags ? normaliseTags(input.tags) : undefined;
    if (input.title === undefined && input.description === undefined && tags === undefined) {
      throw new BadUserInput({ key: 'NOTHING_TO_CHANGE' });
    }
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lock(tx, actor, ideaId);
      if (idea.authorId !== actor.memberId) throw new NotTheAuthor('edit');
      if (!isEditable(idea.stage)) throw new IdeaNotEditable();
      const next = { title: input.title ?? idea.title, description: input.description ?? idea.description, tags: tags ?? idea.tags };
      const changed = next.title !== idea.title || next.description !== idea.description || next.tags.join('\n') !== idea.tags.join('\n');
      if (!changed) return idea;
      await tx.manager.getRepository(IdeaEditEntity).insert({
        tenantId: tx.tenantId,
        ideaId: idea.id,
        editorId: actor.memberId,
        previousTitle: idea.title,
        previousDescription: idea.description,
        previousTags: idea.tags,
      });
      const repository = tx.manager.getRepository(IdeaEntity);
      await repository.update({ tenantId: tx.tenantId, id: idea.id }, { ...next, updatedAt: () => 'now()' });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: idea.id });
    });
  }

  /** The author takes their idea back: it is archived, with a stage event saying so. */
  async withdraw(actor: MemberActor, ideaId: string): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lock(tx, actor, ideaId);
      if (idea.authorId !== actor.memberId) throw new NotTheAuthor('withdraw');
      if (!canWithdraw(idea.stage)) throw new IdeaNotWithdrawable();
      return this.stages.move(tx, idea, 'ARCHIVED', stageReason.withdrawn(), actor);
    });
  }

  /** The idea if this actor may see it (hidden ideas only for moderators and admins). */
  async find(actor: Actor, ideaId: string): Promise<IdeaEntity | undefined> {
    if (!isUuid(ideaId)) return undefined;
    return this.db.withTenant(actor.tenantId, (tx) => this.findIn(tx, actor, ideaId));
  }

  /** The same as `find`, inside the caller's transaction. */
  async findIn(tx: TenantTx, actor: Actor, ideaId: string): Promise<IdeaEntity | undefined> {
    if (!isUuid(ideaId)) return undefined;
    const idea = await tx.manager.getRepository(IdeaEntity).findOneBy({ tenantId: tx.tenantId, id: ideaId });
    return idea && this.visible(actor, idea) ? idea : undefined;
  }

  /** Many ideas at once, in the order asked, undefined where missing or hidden (for DataLoaders). */
  async byIds(actor: Actor, ids: readonly string[]): Promise<Array<IdeaEntity | undefined>> {
    const found = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(IdeaEntity).findBy({ tenantId: tx.tenantId, id: In(ids.filter(isUuid)) }),
    );
    const byId = new Map(found.filter((idea) => this.visible(actor, idea)).map((idea) => [idea.id, idea]));
    return ids.map((id) => byId.get(id));
  }

  /** The ideas a member posted that this actor may see, newest first (for profile pages). */
  async byAuthor(actor: Actor, authorId: string): Promise<IdeaEntity[]> {
    if (!isUuid(authorId)) return [];
    const ideas = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(IdeaEntity).find({ where: { tenantId: tx.tenantId, authorId }, order: { createdAt: 'DESC', id: 'DESC' } }),
    );
    return ideas.filter((idea) => this.visible(actor, idea));
  }

  /** Every idea in one stage that this actor may see, longest in that stage first (board queue, impact). */
  async inStage(actor: Actor, stage: StageName): Promise<IdeaEntity[]> {
    const ideas = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(IdeaEntity).find({ where: { tenantId: tx.tenantId, stage }, order: { stageChangedAt: 'ASC', id: 'ASC' } }),
    );
    return ideas.filter((idea) => this.visible(actor, idea));
  }

  /** Called at start-up by engagement, which owns supports and comments, for ranking the list. */
  countEngagementWith(counts: EngagementCounts): void {
    this.engagementCounts = counts;
  }

  async list(actor: Actor, args: IdeasArgs): Promise<IdeaListPage> {
    const counts = this.engagementCounts;
    if (!counts) throw new Error('the idea list is missing engagement’s counts');
    if (args.challengeId !== undefined && args.challengeId !== null && !isUuid(args.challengeId)) {
      return { ideas: [], hasNextPage: false, totalCount: 0 };
    }
    const after = args.after ? decodeCursor(args.after) : undefined;
    const search = args.search?.trim() || undefined;
    const tag = args.tag?.trim().toLowerCase() || undefined;
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const tenant = await this.tenants.inTx(tx);
      return listIdeas(tx, {
        stage: args.stage,
        search,
        tag,
        challengeId: args.challengeId ?? undefined,
        sort: args.sort,
        first: args.first,
        after,
        includeHidden: seesHiddenContent(actor),
        weights: { supportWeight: tenant.supportWeight, commentWeight: tenant.commentWeight },
        now: this.clock.now(),
        counts,
      });
    });
  }

  /**
   * Reads and locks the idea row (SELECT ... FOR UPDATE) for the rest of the transaction: the
   * lock that serialises everything that changes one idea (support, comments, stage moves).
   * An idea hidden from this actor is not found, like one that does not exist.
   */
  async lock(tx: TenantTx, actor: Actor | undefined, ideaId: string): Promise<IdeaEntity> {
    const idea = isUuid(ideaId)
      ? await tx.manager
          .getRepository(IdeaEntity)
          .findOne({ where: { tenantId: tx.tenantId, id: ideaId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!idea || (actor && !this.visible(actor, idea))) throw new IdeaNotFound();
    return idea;
  }

  /** The idea row as it stands, without a lock or a visibility check (for jobs acting for the system). */
  async read(tx: TenantTx, ideaId: string): Promise<IdeaEntity> {
    return tx.manager.getRepository(IdeaEntity).findOneByOrFail({ tenantId: tx.tenantId, id: ideaId });
  }

  /** How many ideas the instance holds and when one last changed: numbers for the operator, no content. */
  async census(tx: TenantTx): Promise<{ count: number; lastChangedAt: Date | null }> {
    const row = await tx.one<{ count: number; last_changed_at: Date | null }>(
      `SELECT count(*)::int AS count, max(updated_at) AS last_changed_at FROM ideas WHERE tenant_id = $1`,
      [tx.tenantId],
    );
    return { count: row?.count ?? 0, lastChangedAt: row?.last_changed_at ?? null };
  }

  /** Hides or shows an idea (moderation); returns the idea as it is now. */
  async setHidden(tx: TenantTx, ideaId: string, hidden: boolean): Promise<IdeaEntity> {
    const idea = await this.lock(tx, undefined, ideaId);
    if (idea.hidden === hidden) return idea;
    await tx.manager.getRepository(IdeaEntity).update({ tenantId: tx.tenantId, id: idea.id }, { hidden });
    return { ...idea, hidden };
  }

  /** The member follows the idea, or stops following it (even one they wrote, support or work on). */
  async setFollowing(actor: MemberActor, ideaId: string, following: boolean): Promise<IdeaEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const idea = await this.lock(tx, actor, ideaId);
      await this.follows.set(tx, idea.id, actor.memberId, following);
      return idea;
    });
  }

  /**
   * The merge's part of the idea rows, under both rows' locks: the target takes the source's
   * tags (its own first, at most 10), and the source records where it went. The caller moves the
   * source to ARCHIVED first.
   */
  async recordMerge(tx: TenantTx, source: IdeaEntity, target: IdeaEntity): Promise<IdeaEntity> {
    const repository = tx.manager.getRepository(IdeaEntity);
    const tags = normaliseTags([...target.tags, ...source.tags.filter((tag) => !target.tags.includes(tag))].slice(0, MAX_TAGS));
    await repository.update({ tenantId: tx.tenantId, id: source.id }, { mergedInto: target.id });
    await repository.update({ tenantId: tx.tenantId, id: target.id }, { tags, updatedAt: () => 'now()' });
    await IdeaCreditsStore.record(tx, target.id, source.authorId, source.id);
    return repository.findOneByOrFail({ tenantId: tx.tenantId, id: target.id });
  }

  /** Authors of ideas merged into each of these (for DataLoaders), earliest merge first, without repeats. */
  async creditedAuthorsOf(tenantId: string, ideaIds: readonly string[]): Promise<string[][]> {
    const rows = await this.db.withTenant(tenantId, (tx) => IdeaCreditsStore.authorsOf(tx, ideaIds.filter(isUuid)));
    return ideaIds.map((id) => [...new Set(rows.filter((row) => row.ideaId === id).map((row) => row.memberId))]);
  }

  /** The edit histories of many ideas, oldest edit first (for DataLoaders). */
  async editsOf(tenantId: string, ideaIds: readonly string[]): Promise<IdeaEditEntity[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.manager
        .getRepository(IdeaEditEntity)
        .find({ where: { tenantId, ideaId: In([...ideaIds]) }, order: { editedAt: 'ASC', id: 'ASC' } }),
    );
  }

  private visible(actor: Actor, idea: IdeaEntity): boolean {
    return !idea.hidden || seesHiddenContent(actor);
  }
}
