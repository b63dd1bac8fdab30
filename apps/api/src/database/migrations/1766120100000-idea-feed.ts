import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed members see (ideas not hidden, newest first) read from an index of its own: the page
 * stops after 20 entries, and its total counts index entries alone, without reading the wide idea
 * rows that only say whether each is hidden (ideas_created_idx serves moderators, who see all).
 */
export class IdeaFeed1766120100000 implements MigrationInterface {
  name = 'IdeaFeed1766120100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ideas_feed_idx ON ideas (tenant_id, created_at DESC, id DESC) WHERE NOT hidden`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ideas_feed_idx`);
  }
}
