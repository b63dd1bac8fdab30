import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** The idea itself and its stage; engagement, teams and markets hang off it in later migrations. */
export class IdeasCore1764000100000 implements MigrationInterface {
  name = 'IdeasCore1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ideas (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 5 AND 140),
        description text NOT NULL CHECK (length(description) <= 20000),
        tags text[] NOT NULL DEFAULT '{}',
        stage text NOT NULL DEFAULT 'BUZZ'
          CHECK (stage IN ('BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED')),
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, author_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX ideas_stage_idx ON ideas (tenant_id, stage, created_at DESC);
      CREATE INDEX ideas_author_idx ON ideas (tenant_id, author_id);
    `);
    await db.query(enableTenantIsolation('ideas'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE ideas');
  }
}
