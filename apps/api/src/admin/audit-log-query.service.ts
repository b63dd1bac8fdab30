import { Injectable } from '@nestjs/common';
import { outcomeResolutionOf, outcomeResolutionText } from '@idea-exchange/wording';
import type { MemberActor } from '../auth/actor';
import { Database } from '../database/database.service';
import type { AuditEntryEntity } from '../audit-log/audit-entry.entity';
import { AuditLogService } from '../audit-log/audit-log.service';
import { ChallengesService } from '../challenges/challenges.service';
import { requirePageSize } from '../common/pagination/page-size';
import { CommentsService } from '../engagement/comments/comments.service';
import { IdeasService } from '../ideas/ideas.service';
import { MembersService } from '../members/members.service';
import { OutcomeMarketsService } from '../outcome-markets/outcome-markets.service';

/** The admins' read of the audit log (moderation and admin services append to it). */
@Injectable()
export class AuditLogQueryService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
    private readonly members: MembersService,
    private readonly ideas: IdeasService,
    private readonly challenges: ChallengesService,
    private readonly comments: CommentsService,
    private readonly outcomeMarkets: OutcomeMarketsService,
  ) {}

  /**
   * Each entry's reason in the reader's language, keyed by entry id, where the log holds it in one
   * of our fixed English forms (an outcome market's question and why it resolved); any other
   * reason is what someone typed, and is given as it was written.
   */
  async reasonsIn(actor: MemberActor, entries: readonly AuditEntryEntity[]): Promise<Map<string, string | null>> {
    const language = await this.members.languageOf(actor);
    const opened = entries.flatMap((entry) => (entry.action === 'OPEN_OUTCOME_MARKET' && entry.targetId ? [entry.targetId] : []));
    const questions = await this.outcomeMarkets.questionsIn(actor.tenantId, language, [...new Set(opened)]);
    return new Map(
      entries.map((entry) => {
        if (entry.action === 'OPEN_OUTCOME_MARKET' && entry.targetId && questions.has(entry.targetId)) {
          return [entry.id, questions.get(entry.targetId) ?? null];
        }
        const resolved = entry.action === 'RESOLVE_OUTCOME_MARKET' && entry.reason ? outcomeResolutionOf(entry.reason) : undefined;
        return [entry.id, resolved ? outcomeResolutionText(language, resolved.resolution, resolved.outcome) : entry.reason];
      }),
    );
  }

  recent(actor: MemberActor, first: number): Promise<AuditEntryEntity[]> {
    requirePageSize(first, 500);
    return this.db.withTenant(actor.tenantId, (tx) => this.audit.recent(tx, first));
  }

  /**
   * What each entry is about, in words: a member's name, an idea's or challenge's title, or for a
   * comment or an outcome market its idea's title; keyed by target id, absent when the target is gone. Admins see
   * hidden ideas and comments, so every target still there is named.
   */
  async targetNames(actor: MemberActor, entries: readonly AuditEntryEntity[]): Promise<Map<string, string>> {
    const idsOf = (kind: string) => [
      ...new Set(entries.flatMap((entry) => (entry.kind === kind && entry.targetId ? [entry.targetId] : []))),
    ];
    const [members, ideas, challenges, comments, markets] = await Promise.all([
      some(idsOf('MEMBER'), (ids) => this.members.byIds(actor.tenantId, ids)),
      some(idsOf('IDEA'), (ids) => this.ideas.byIds(actor, ids)),
      some(idsOf('CHALLENGE'), (ids) => this.challenges.byIds(actor.tenantId, ids)),
      some(idsOf('COMMENT'), (ids) => this.comments.byIds(actor, ids)),
      some(idsOf('MARKET'), (ids) => this.outcomeMarkets.termsOf(actor.tenantId, ids)),
    ]);
    const found = comments.filter((comment) => comment !== undefined);
    // A comment and an outcome market are named by their idea's title.
    const parentIds = [...new Set([...found.map((comment) => comment.ideaId), ...markets.map((market) => market.ideaId)])];
    const parents = await some(parentIds, (ids) => this.ideas.byIds(actor, ids));
    const titles = new Map(parents.flatMap((idea) => (idea ? [[idea.id, idea.title] as const] : [])));
    return new Map([
      ...members.flatMap((member) => (member ? [[member.id, member.displayName] as const] : [])),
      ...ideas.flatMap((idea) => (idea ? [[idea.id, idea.title] as const] : [])),
      ...challenges.flatMap((challenge) => (challenge ? [[challenge.id, challenge.title] as const] : [])),
      ...[
        ...found.map((comment) => ({ id: comment.id, ideaId: comment.ideaId })),
        ...markets.map((m) => ({ id: m.marketId, ideaId: m.ideaId })),
      ].flatMap(({ id, ideaId }) => {
        const title = titles.get(ideaId);
        return title === undefined ? [] : [[id, title] as const];
      }),
    ]);
  }
}

/** Loads only when there is something to load: most pages of the log name few kinds of target. */
async function some<T>(ids: string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : load(ids);
}
