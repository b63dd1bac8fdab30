import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** The changes in count per (tenant, stage, hidden) that `rows` (old or new ideas rows) make, times `sign`. */
function countsOf(rows: string, sign: 1 | -1): string {
  return `SELECT tenant_id, stage, hidden, ${sign} * count(*) AS ideas FROM ${rows} GROUP BY tenant_id, stage, hidden`;
}

/**
 * How many ideas each instance has in each stage, hidden or not, so that the feed's total (no
 * search, tag or challenge) is a sum of a few rows rather than a count of every idea, which at
 * 100,000 ideas cost more than the rest of the page together. Kept by statement triggers on ideas
 * in the writing transaction; each statement applies its changes in key order, so two
 * transactions moving ideas between the same stages cannot deadlock on these rows.
 */
export class IdeaCounts1766120200000 implements MigrationInterface {
  name = 'IdeaCounts1766120200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_counts (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        stage text NOT NULL,
        hidden boolean NOT NULL,
        ideas bigint NOT NULL,
        PRIMARY KEY (tenant_id, stage, hidden)
      );

      CREATE FUNCTION ideas_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO idea_counts (tenant_id, stage, hidden, ideas)
        ${countsOf('new_ideas', 1)} ORDER BY 1, 2, 3
        ON CONFLICT (tenant_id, stage, hidden) DO UPDATE SET ideas = idea_counts.ideas + excluded.ideas;
        RETURN NULL;
      END $$;

      CREATE FUNCTION ideas_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO idea_counts (tenant_id, stage, hidden, ideas)
        SELECT tenant_id, stage, hidden, sum(ideas)
          FROM (${countsOf('old_ideas', -1)} UNION ALL ${countsOf('new_ideas', 1)}) changes
         GROUP BY tenant_id, stage, hidden HAVING sum(ideas) <> 0
         ORDER BY 1, 2, 3
        ON CONFLICT (tenant_id, stage, hidden) DO UPDATE SET ideas = idea_counts.ideas + excluded.ideas;
        RETURN NULL;
      END $$;

      CREATE TRIGGER ideas_counts_on_insert AFTER INSERT ON ideas
        REFERENCING NEW TABLE AS new_ideas FOR EACH STATEMENT EXECUTE FUNCTION ideas_counts_on_insert();
      CREATE TRIGGER ideas_counts_on_update AFTER UPDATE ON ideas
        REFERENCING OLD TABLE AS old_ideas NEW TABLE AS new_ideas FOR EACH STATEMENT EXECUTE FUNCTION ideas_counts_on_update();

      INSERT INTO idea_counts (tenant_id, stage, hidden, ideas) ${countsOf('ideas', 1)};
    `);
    await db.query(enableTenantIsolation('idea_counts'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER ideas_counts_on_update ON ideas;
      DROP TRIGGER ideas_counts_on_insert ON ideas;
      DROP FUNCTION ideas_counts_on_update();
      DROP FUNCTION ideas_counts_on_insert();
      DROP TABLE idea_counts;
    `);
  }
}
