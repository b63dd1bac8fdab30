import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The title words of idea_words on their own, for the merge queue: it looks up the title words of
 * the newest ideas among other ideas' titles, and through the whole key a common word's title
 * entries are scattered among ten times as many description entries, all of which were read.
 * A bare boolean column is a plain comparison, so the predicate holds under row-level security.
 */
export class IdeaTitleWords1766190000000 implements MigrationInterface {
  name = 'IdeaTitleWords1766190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX idea_words_title_idx ON idea_words (tenant_id, word, idea_id) INCLUDE (hidden) WHERE in_title`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idea_words_title_idx`);
  }
}
