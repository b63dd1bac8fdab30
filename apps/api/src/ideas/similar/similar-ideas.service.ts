import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { BadUserInput } from '../../common/errors/domain-error';
import { Database } from '../../database/database.service';
import { seesHiddenContent } from '../content-visibility';
import { IdeaEntity } from '../idea.entity';
import { sharedWordsQuery, tellingWords } from './similarity-words';

export interface SimilarIdeaMatch {
  idea: IdeaEntity;
  /** In (0, 1]: 1 for the same title and every telling word shared. */
  score: number;
}

export interface DuplicatePair {
  /** The newer idea, the one a moderator would merge... */
  source: IdeaEntity;
  /** ...into the older one. */
  target: IdeaEntity;
  score: number;
}

const MAX_FIRST = 20;
const MAX_PAIRS = 100;
/** Matches weaker than this are coincidences, not duplicates. */
const MIN_SCORE = 0.15;
const MIN_PAIR_SCORE = 0.4;
/** How many of the newest open ideas the merge queue compares with the rest. */
const RECENT_FOR_PAIRS = 300;
/** Merged ideas are never suggested; hidden ones only to those who see hidden content ($5). */
const VISIBLE = 'AND i.merged_into IS NULL AND ($5 OR NOT i.hidden)';

/**
 * Ideas like one being typed: the telling words shared with titles, then with descriptions (full
 * text in the 'simple' configuration, which treats Welsh and English alike), and when no title
 * shares two words, trigram similarity of the titles (pg_trgm, which forgives typos and word
 * endings); all three lookups use GIN indexes. Each candidate is scored by trigram similarity of
 * the titles and the share of telling words it holds.
 * Merged ideas never appear; hidden ones only for moderators and admins.
 */
@Injectable()
export class SimilarIdeasService {
  constructor(private readonly db: Database) {}

  async similar(actor: Actor, title: string, description: string | null | undefined, first: number): Promise<SimilarIdeaMatch[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
      throw BadUserInput.field('first', `first must be between 1 and ${MAX_FIRST}.`);
    if (title.length > 500) throw BadUserInput.field('title', 'title must be 500 characters or fewer.');
    if ((description?.length ?? 0) > 20000) throw BadUserInput.field('description', 'description must be 20,000 characters or fewer.');
    const typed = title.trim();
    if (typed.length < 3) return [];
    const titleWords = tellingWords(typed, 6);
    const words = [...new Set([...titleWords, ...tellingWords(description?.slice(0, 4000) ?? '', 3)])];
    const query = sharedWordsQuery(words);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const scored = await tx.query<{ id: string; score: number }>(
        `WITH by_title AS (
           SELECT i.id FROM ideas i
            WHERE i.tenant_id = $1 AND $3::tsquery IS NOT NULL AND i.title_vector @@ $3::tsquery ${VISIBLE}
            ORDER BY ts_rank_cd(i.title_vector, $3::tsquery) DESC LIMIT 100
         ), by_text AS (
           -- Descriptions only when few titles matched: common words make this the widest lookup.
           SELECT i.id FROM ideas i
            WHERE i.tenant_id = $1 AND $3::tsquery IS NOT NULL AND (SELECT count(*) FROM by_title) < $6
              AND i.similarity_vector @@ $3::tsquery ${VISIBLE} LIMIT 50
         ), by_trigram AS (
           -- Only when no title shares two words (typos, other word endings): trigram matching of
           -- every title costs far more than the word lookups.
           SELECT i.id FROM ideas i
            WHERE i.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM by_title) AND i.title % $2 ${VISIBLE}
            ORDER BY i.title <-> $2 LIMIT 20
         ), candidates AS (
           SELECT id FROM by_title UNION SELECT id FROM by_text UNION SELECT id FROM by_trigram
         )
         SELECT i.id, round((0.5 * similarity(i.title, $2)::float8
                 + 0.5 * (SELECT count(*) FROM unnest(tsvector_to_array(i.similarity_vector)) l WHERE l = ANY($4::text[]))::float8
                       / greatest(cardinality($4::text[]), 1))::numeric, 4)::float8 AS score
           FROM candidates c JOIN ideas i ON i.tenant_id = $1 AND i.id = c.id
          ORDER BY score DESC, i.created_at DESC, i.id
          LIMIT $6`,
        [tx.tenantId, typed, query ?? null, words, seesHiddenContent(actor), first * 2],
      );
      const matches = scored.filter((row) => row.score >= MIN_SCORE).slice(0, first);
      if (matches.length === 0) return [];
      const ideas = await tx.manager.getRepository(IdeaEntity).findBy({ tenantId: tx.tenantId, id: In(matches.map((m) => m.id)) });
      const byId = new Map(ideas.map((idea) => [idea.id, idea]));
      return matches.flatMap((m) => {
        const idea = byId.get(m.id);
        return idea ? [{ idea, score: Math.min(1, m.score) }] : [];
      });
    });
  }

  /**
   * Likely duplicates among ideas still open to support (BUZZ, TEAMING): each of the newest
   * open ideas against the most similar titles, as pairs of newer into older, best first.
   */
  async duplicatePairs(actor: Actor, first: number): Promise<DuplicatePair[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAIRS)
      throw BadUserInput.field('first', `first must be between 1 and ${MAX_PAIRS}.`);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const pairs = await tx.query<{ source_id: string; target_id: string; score: number }>(
        `WITH recent AS (
           SELECT i.id, i.title, i.created_at FROM ideas i
            WHERE i.tenant_id = $1 AND i.stage IN ('BUZZ', 'TEAMING') AND NOT i.hidden AND i.merged_into IS NULL
            ORDER BY i.created_at DESC LIMIT ${RECENT_FOR_PAIRS}
         ), pairs AS (
           SELECT DISTINCT ON (least(a.id, b.id), greatest(a.id, b.id))
                  CASE WHEN (a.created_at, a.id) > (b.created_at, b.id) THEN a.id ELSE b.id END AS source_id,
                  CASE WHEN (a.created_at, a.id) > (b.created_at, b.id) THEN b.id ELSE a.id END AS target_id,
                  b.score
             FROM recent a
             CROSS JOIN LATERAL (
               SELECT o.id, o.created_at, similarity(o.title, a.title)::float AS score FROM ideas o
                WHERE o.tenant_id = $1 AND o.id <> a.id AND o.title % a.title
                  AND o.stage IN ('BUZZ', 'TEAMING') AND NOT o.hidden AND o.merged_into IS NULL
                ORDER BY o.title <-> a.title LIMIT 3) b
            WHERE b.score >= $2
            ORDER BY least(a.id, b.id), greatest(a.id, b.id)
         )
         SELECT source_id, target_id, score FROM pairs ORDER BY score DESC, source_id LIMIT $3`,
        [tx.tenantId, MIN_PAIR_SCORE, first],
      );
      if (pairs.length === 0) return [];
      const ids = [...new Set(pairs.flatMap((p) => [p.source_id, p.target_id]))];
      const ideas = await tx.manager.getRepository(IdeaEntity).findBy({ tenantId: tx.tenantId, id: In(ids) });
      const byId = new Map(ideas.map((idea) => [idea.id, idea]));
      return pairs.flatMap((p) => {
        const source = byId.get(p.source_id);
        const target = byId.get(p.target_id);
        return source && target ? [{ source, target, score: p.score }] : [];
      });
    });
  }
}
