import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** Indexes the words and title trigrams of the ideas in `source` (rows of ideas). */
function indexWords(source: string): string {
  // Words of fewer than three letters are never looked up, so they are not kept.
  return `
    INSERT INTO idea_words (tenant_id, word, idea_id, in_title, hidden)
    SELECT i.tenant_id, w.lexeme, i.id, 'A' = ANY (w.weights), i.hidden
      FROM ${source} i CROSS JOIN LATERAL unnest(i.similarity_vector) w
     WHERE i.merged_into IS NULL AND length(w.lexeme) >= 3
     -- In key order: a bulk insert then walks the index once instead of jumping about it.
     ORDER BY i.tenant_id, w.lexeme, i.id;
    INSERT INTO idea_title_trigrams (tenant_id, trigram, word, trigrams)
    SELECT DISTINCT i.tenant_id, t.trigram, w.word, t.trigrams
      FROM ${source} i
           CROSS JOIN LATERAL unnest(tsvector_to_array(i.title_vector)) w(word)
           CROSS JOIN LATERAL (SELECT g.trigram, count(*) OVER () AS trigrams FROM unnest(show_trgm(w.word)) g(trigram)) t
     WHERE i.merged_into IS NULL AND length(w.word) >= 3
    ON CONFLICT DO NOTHING;`;
}

/**
 * The ideas an update re-worded, hid, showed or merged, as they were (old_ideas) or are now
 * (new_ideas): their old words are removed and their words indexed again. Most updates of an
 * idea (stage, buzz) change none of these and cost a join of two rows.
 */
const reworded = (side: 'o' | 'n') => `(SELECT ${side}.* FROM new_ideas n JOIN old_ideas o ON o.tenant_id = n.tenant_id AND o.id = n.id
   WHERE n.title IS DISTINCT FROM o.title OR n.description IS DISTINCT FROM o.description
      OR n.hidden IS DISTINCT FROM o.hidden OR n.merged_into IS DISTINCT FROM o.merged_into)`;

/**
 * Similar ideas by equality lookups, which row-level security lets use an index.
 *
 * Under RLS PostgreSQL applies the tenant policy before any condition whose operator is not
 * LEAKPROOF; full-text `@@` and trigram `%` are not, so for the app role the GIN indexes on ideas
 * were never used and every lookup read all ideas (470 ms at 100,000). Text and uuid equality are
 * leakproof, so words and trigrams kept as rows can be looked up through btrees instead.
 *
 * - idea_words: each word of an idea's title and description (the lexemes of similarity_vector,
 *   so the same 'simple' normalisation for English and Welsh), whether the title holds it, and
 *   whether the idea is hidden. Merged ideas have none: they are never suggested.
 * - idea_title_trigrams: the trigrams of every title word an instance has used, so a typed word
 *   with a typo or another ending finds the words it is close to.
 *
 * Both are kept by triggers on ideas, so every path that writes an idea (submit, edit, hide,
 * merge, the demo seed) updates them in its own transaction. The triggers are statement-level with
 * transition tables, so a bulk insert indexes its ideas in one pass.
 *
 * The keys are the lookups themselves, (tenant_id, word, idea_id) and (tenant_id, trigram, word):
 * a surrogate id would add a second index as large as the table (millions of rows at 100,000
 * ideas) and serve no query. Each key is also the only index its table has.
 */
export class IdeaWords1766120000000 implements MigrationInterface {
  name = 'IdeaWords1766120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_words (
        tenant_id uuid NOT NULL,
        word text NOT NULL,
        idea_id uuid NOT NULL,
        in_title boolean NOT NULL,
        hidden boolean NOT NULL,
        -- INCLUDE lets a lookup answer from the index alone.
        PRIMARY KEY (tenant_id, word, idea_id) INCLUDE (in_title, hidden),
        -- Ideas are never deleted, so nothing needs an index on idea_id for this key.
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id)
      );

      CREATE TABLE idea_title_trigrams (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        trigram text NOT NULL,
        word text NOT NULL,
        -- How many trigrams the word has, so similarity needs no show_trgm() call per known word.
        trigrams smallint NOT NULL,
        PRIMARY KEY (tenant_id, trigram, word) INCLUDE (trigrams)
      );

      CREATE FUNCTION ideas_words_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${indexWords('new_ideas')}
        RETURN NULL;
      END $$;

      -- Most updates of an idea (stage, buzz) leave its words alone and cost one join of two rows.
      CREATE FUNCTION ideas_words_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- By the old words, which the key leads with: no second index on idea_id to keep up.
        DELETE FROM idea_words w USING ${reworded('o')} o CROSS JOIN LATERAL unnest(o.similarity_vector) gone
         WHERE w.tenant_id = o.tenant_id AND w.word = gone.lexeme AND w.idea_id = o.id;
        ${indexWords(reworded('n'))}
        RETURN NULL;
      END $$;

      CREATE TRIGGER ideas_words_on_insert AFTER INSERT ON ideas
        REFERENCING NEW TABLE AS new_ideas FOR EACH STATEMENT EXECUTE FUNCTION ideas_words_on_insert();
      CREATE TRIGGER ideas_words_on_update AFTER UPDATE ON ideas
        REFERENCING OLD TABLE AS old_ideas NEW TABLE AS new_ideas FOR EACH STATEMENT EXECUTE FUNCTION ideas_words_on_update();

      ${indexWords('ideas')}
    `);
    await db.query(enableTenantIsolation('idea_words', 'idea_title_trigrams'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER ideas_words_on_update ON ideas;
      DROP TRIGGER ideas_words_on_insert ON ideas;
      DROP FUNCTION ideas_words_on_update();
      DROP FUNCTION ideas_words_on_insert();
      DROP TABLE idea_title_trigrams;
      DROP TABLE idea_words;
    `);
  }
}
