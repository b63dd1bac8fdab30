import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { BadUserInput } from '../../common/errors/domain-error';
import { Database } from '../../database/database.service';
import { seesHiddenContent } from '../content-visibility';
import { IdeaEntity } from '../idea.entity';
import { tellingWords } from './similarity-words';

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
/** A title word in more titles than this does not tell duplicates apart. */
const MAX_TITLES_PER_WORD = 500;
/** How many of each of those ideas' title words, the rarest, its candidates are found by. */
const RARE_WORDS_PER_IDEA = 3;
/** How many ideas sharing the most telling title words each of those is scored against. */
const CANDIDATES_PER_IDEA = 10;

/** A typed word and a title word this close in trigrams are the same word misspelt or with another ending. */
const NEAR_SPELLING = 0.5;
/** A word in more ideas than this says too little about which idea is meant to be worth reading. */
const MAX_IDEAS_PER_WORD = 5000;

/**
 * Ideas like one being typed, by equality lookups alone: row-level security keeps the planner from
 * using an index for any operator that is not leakproof (full-text @@, trigram %), and text and
 * uuid equality are. The typed telling words, and the known title words within a trigram distance
 * of a typed title word no idea holds (typos, other endings), are looked up in idea_words (the 'simple' words of
 * every idea's title and description, kept by triggers on ideas). Ideas sharing enough of them
 * are ranked by what they share, rare words and title words weighing more; the best are scored by
 * trigram similarity of the titles and the share of telling words they hold.
 * Merged ideas never appear; hidden ones only for moderators and admins.
 */
@Injectable()
export class SimilarIdeasService {
  constructor(private readonly db: Database) {}

  async similar(actor: Actor, title: string, description: string | null | undefined, first: number): Promise<SimilarIdeaMatch[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
      throw BadUserInput.field('first', { key: 'PAGE_SIZE_RANGE', values: { max: String(MAX_FIRST) } });
    if (title.length > 500) throw BadUserInput.field('title', { key: 'SIMILAR_TITLE_LENGTH' });
    if ((description?.length ?? 0) > 20000) throw BadUserInput.field('description', { key: 'SIMILAR_DESCRIPTION_LENGTH' });
    const typed = title.trim();
    if (typed.length < 3) return [];
    const titleWords = tellingWords(typed, 6);
    const words = [...new Set([...titleWords, ...tellingWords(description?.slice(0, 4000) ?? '', 3)])];
    if (words.length === 0) return [];
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const scored = await tx.prepared<{ id: string; score: number }>(
        'similar-ideas',
        `WITH near AS (
           -- Similarity as pg_trgm counts it, shared / (typed + known - shared), which can only reach
           -- the threshold for known words of between half and twice the typed word's trigrams.
           SELECT q.typed, k.word
             FROM (SELECT t.word AS typed, g.trigram, count(*) OVER (PARTITION BY t.word) AS trigrams
                     FROM unnest($4::text[]) t(word) CROSS JOIN LATERAL unnest(show_trgm(t.word)) g(trigram)
                    -- Only for words no idea holds: most typed words are spelt as before.
                    WHERE NOT EXISTS (SELECT 1 FROM idea_words w WHERE w.tenant_id = $1 AND w.word = t.word)) q
             JOIN idea_title_trigrams k ON k.tenant_id = $1 AND k.trigram = q.trigram
            WHERE k.word <> q.typed AND k.trigrams BETWEEN q.trigrams / 2 AND q.trigrams * 2
            GROUP BY q.typed, k.word, q.trigrams, k.trigrams
           HAVING count(*)::float8 / (q.trigrams + k.trigrams - count(*)) >= $7
         ), variants AS (
           SELECT word AS typed, word FROM unnest($3::text[]) word UNION SELECT typed, word FROM near
         ), word_hits AS (
           SELECT v.typed, p.idea_id, p.in_title, p.ideas
             FROM variants v CROSS JOIN LATERAL (
               SELECT w.idea_id, w.in_title, count(*) OVER () AS ideas
                 FROM (SELECT w.idea_id, w.in_title FROM idea_words w
                        WHERE w.tenant_id = $1 AND w.word = v.word AND ($5 OR NOT w.hidden) LIMIT $8 + 1) w
             ) p
            WHERE p.ideas <= $8
         ), per_word AS (
           SELECT idea_id, typed, max(ln(1 + 1000 / ideas::float8) * CASE WHEN in_title THEN 2 ELSE 1 END) AS weight
             FROM word_hits GROUP BY idea_id, typed
         ), candidates AS (
           SELECT idea_id, count(*) AS shared, sum(weight) AS weight FROM per_word
            GROUP BY idea_id HAVING count(*) >= least(2, cardinality($3::text[]))
            ORDER BY weight DESC, idea_id LIMIT $6 * 4
         )
         SELECT i.id, round((0.5 * similarity(i.title, $2)::float8
                 + 0.5 * c.shared::float8 / cardinality($3::text[]))::numeric, 4)::float8 AS score
           FROM candidates c JOIN ideas i ON i.tenant_id = $1 AND i.id = c.idea_id
          WHERE i.merged_into IS NULL AND ($5 OR NOT i.hidden)
          ORDER BY score DESC, i.created_at DESC, i.id
          LIMIT $6`,
        [tx.tenantId, typed, words, titleWords, seesHiddenContent(actor), first * 2, NEAR_SPELLING, MAX_IDEAS_PER_WORD],
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
   * Likely duplicates among ideas still open to support (BUZZ, TEAMING): each of the newest open
   * ideas against the ideas whose titles share its rarer title words, found by equality lookups in
   * idea_words as similar() does (trigram `%` gets no index under RLS and read every idea), then
   * scored by trigram similarity of the two titles; as pairs of newer into older, best first.
   * Each distinct word is looked up once and reads at most MAX_TITLES_PER_WORD title entries (a
   * partial index), and each newest idea keeps its CANDIDATES_PER_IDEA best candidates, so the
   * work is bounded however many ideas there are.
   */
  async duplicatePairs(actor: Actor, first: number): Promise<DuplicatePair[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAIRS)
      throw BadUserInput.field('first', { key: 'PAGE_SIZE_RANGE', values: { max: String(MAX_PAIRS) } });
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const pairs = await tx.prepared<{ source_id: string; target_id: string; score: number }>(
        'duplicate-pairs',
        `WITH recent AS (
           SELECT i.id, i.title, i.created_at, i.title_vector FROM ideas i
            WHERE i.tenant_id = $1 AND i.stage IN ('BUZZ', 'TEAMING') AND NOT i.hidden AND i.merged_into IS NULL
            ORDER BY i.created_at DESC LIMIT ${RECENT_FOR_PAIRS}
         ), recent_words AS (
           SELECT r.id AS recent_id, t.word
             FROM recent r CROSS JOIN LATERAL unnest(tsvector_to_array(r.title_vector)) t(word)
            WHERE length(t.word) >= 3
         ), titles AS (
           -- Each word once, however many of the newest ideas hold it; through idea_words_title_idx.
           SELECT u.word, p.idea_id, p.ideas
             FROM (SELECT DISTINCT word FROM recent_words) u
                  CROSS JOIN LATERAL (
                    SELECT w.idea_id, count(*) OVER () AS ideas
                      FROM (SELECT w.idea_id FROM idea_words w
                             WHERE w.tenant_id = $1 AND w.word = u.word AND w.in_title AND NOT w.hidden LIMIT $4 + 1) w
                  ) p
            WHERE p.ideas <= $4
         ), rare_words AS (
           -- A near-duplicate shares the rarest words of a title too: the commoner ones add hits, not pairs.
           SELECT recent_id, word FROM (
             SELECT rw.recent_id, rw.word, row_number() OVER (PARTITION BY rw.recent_id ORDER BY c.ideas, rw.word) AS rarity
               FROM recent_words rw JOIN (SELECT DISTINCT word, ideas FROM titles) c ON c.word = rw.word) r
            WHERE rarity <= ${RARE_WORDS_PER_IDEA}
         ), word_hits AS (
           SELECT rw.recent_id, t.idea_id, t.ideas
             FROM rare_words rw JOIN titles t ON t.word = rw.word
            WHERE t.idea_id <> rw.recent_id
         ), candidates AS (
           SELECT recent_id, idea_id,
                  row_number() OVER (PARTITION BY recent_id ORDER BY sum(ln(1 + 1000 / ideas::float8)) DESC, idea_id) AS rank
             FROM word_hits GROUP BY recent_id, idea_id
         ), scored AS (
           SELECT a.id AS a_id, a.created_at AS a_created, o.id AS o_id, o.created_at AS o_created,
                  similarity(o.title, a.title)::float8 AS score,
                  row_number() OVER (PARTITION BY a.id ORDER BY similarity(o.title, a.title) DESC, o.id) AS rank
             FROM candidates c
                  JOIN recent a ON a.id = c.recent_id
                  -- A lookup per candidate: joined, the planner hashed every idea of the instance.
                  CROSS JOIN LATERAL (
                    SELECT o.id, o.title, o.created_at FROM ideas o
                     WHERE o.tenant_id = $1 AND o.id = c.idea_id
                       AND o.stage IN ('BUZZ', 'TEAMING') AND NOT o.hidden AND o.merged_into IS NULL
                     LIMIT 1) o
            WHERE c.rank <= $5
         ), pairs AS (
           SELECT DISTINCT ON (least(a_id, o_id), greatest(a_id, o_id))
                  CASE WHEN (a_created, a_id) > (o_created, o_id) THEN a_id ELSE o_id END AS source_id,
                  CASE WHEN (a_created, a_id) > (o_created, o_id) THEN o_id ELSE a_id END AS target_id,
                  score
             FROM scored
            WHERE rank <= 3 AND score >= $2
            ORDER BY least(a_id, o_id), greatest(a_id, o_id)
         )
         SELECT source_id, target_id, score FROM pairs ORDER BY score DESC, source_id LIMIT $3`,
        [tx.tenantId, MIN_PAIR_SCORE, first, MAX_TITLES_PER_WORD, CANDIDATES_PER_IDEA],
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
