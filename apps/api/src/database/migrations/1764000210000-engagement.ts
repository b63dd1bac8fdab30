import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** Support and comments: the activity that makes an idea's buzz. */
export class Engagement1764000210000 implements MigrationInterface {
  name = 'Engagement1764000210000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE supports (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        idea_author_id uuid NOT NULL,
        member_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT supports_one_per_member UNIQUE (tenant_id, idea_id, member_id),
        CONSTRAINT supports_not_own_idea CHECK (member_id <> idea_author_id),
        FOREIGN KEY (tenant_id, idea_id, idea_author_id) REFERENCES ideas (tenant_id, id, author_id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX supports_idea_recent_idx ON supports (tenant_id, idea_id, created_at);
      CREATE INDEX supports_member_idx ON supports (tenant_id, member_id);

      CREATE TABLE comments (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        author_id uuid NOT NULL,
        parent_id uuid,
        body text NOT NULL CHECK (length(body) <= 5000),
        deleted boolean NOT NULL DEFAULT false,
        hidden boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        -- A reply belongs to the same idea as the comment it answers.
        CONSTRAINT comments_idea_key UNIQUE (tenant_id, id, idea_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, author_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id, idea_id) REFERENCES comments (tenant_id, id, idea_id),
        CONSTRAINT comments_body_unless_deleted CHECK (deleted OR length(btrim(body)) >= 1)
      );
      CREATE INDEX comments_idea_idx ON comments (tenant_id, idea_id, created_at);
    `);
    await db.query(enableTenantIsolation('supports', 'comments'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE comments; DROP TABLE supports;');
  }
}
