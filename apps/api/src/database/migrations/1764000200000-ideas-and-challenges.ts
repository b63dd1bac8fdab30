import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

const STAGE_CHECK = `IN ('BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED')`;

/**
 * Challenges, and what an idea gains in the buzz stage: its challenge, moderation flag,
 * full-text search, edit history and the timeline of its stage changes.
 */
export class IdeasAndChallenges1764000200000 implements MigrationInterface {
  name = 'IdeasAndChallenges1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE challenges (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 5 AND 140),
        question text NOT NULL CHECK (length(question) BETWEEN 5 AND 500),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, created_by) REFERENCES members (tenant_id, id),
        CONSTRAINT challenges_closes_after_opens CHECK (closes_at > opens_at)
      );
      CREATE INDEX challenges_closes_idx ON challenges (tenant_id, closes_at DESC);

      -- array_to_string is only STABLE; a generated column needs an IMMUTABLE expression, and
      -- joining text with a space does not depend on any setting.
      CREATE FUNCTION idea_tags_text(tags text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT array_to_string(tags, ' ') $$;

      ALTER TABLE ideas
        ADD COLUMN challenge_id uuid,
        ADD COLUMN hidden boolean NOT NULL DEFAULT false,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', idea_tags_text(tags)), 'B') ||
          setweight(to_tsvector('english', description), 'C')
        ) STORED,
        ADD CONSTRAINT ideas_challenge_fkey FOREIGN KEY (tenant_id, challenge_id) REFERENCES challenges (tenant_id, id),
        -- Lets supports carry the idea's author and refuse, in the database, support of one's own idea.
        ADD CONSTRAINT ideas_author_key UNIQUE (tenant_id, id, author_id),
        ADD CONSTRAINT ideas_tags_check CHECK (cardinality(tags) <= 10);
      CREATE INDEX ideas_search_idx ON ideas USING gin (search_vector);
      CREATE INDEX ideas_tags_idx ON ideas USING gin (tags);
      CREATE INDEX ideas_created_idx ON ideas (tenant_id, created_at DESC, id DESC);
      CREATE INDEX ideas_challenge_idx ON ideas (tenant_id, challenge_id, created_at DESC) WHERE challenge_id IS NOT NULL;

      CREATE TABLE idea_edits (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        editor_id uuid NOT NULL,
        previous_title text NOT NULL,
        previous_description text NOT NULL,
        previous_tags text[] NOT NULL,
        edited_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, editor_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX idea_edits_idea_idx ON idea_edits (tenant_id, idea_id, edited_at);

      CREATE TABLE idea_stage_events (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        from_stage text CHECK (from_stage ${STAGE_CHECK}),
        to_stage text NOT NULL CHECK (to_stage ${STAGE_CHECK}),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        actor_id uuid,
        -- clock_timestamp: several moves in one transaction keep their order.
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, actor_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX idea_stage_events_idea_idx ON idea_stage_events (tenant_id, idea_id, at);
      CREATE INDEX ideas_buzz_expiry_idx ON ideas (tenant_id, stage_changed_at) WHERE stage = 'BUZZ';
    `);
    await db.query(enableTenantIsolation('challenges', 'idea_edits', 'idea_stage_events'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE idea_stage_events;
      DROP TABLE idea_edits;
      DROP INDEX ideas_buzz_expiry_idx;
      ALTER TABLE ideas DROP COLUMN search_vector, DROP COLUMN hidden, DROP COLUMN challenge_id,
        DROP CONSTRAINT ideas_author_key, DROP CONSTRAINT ideas_tags_check;
      DROP FUNCTION idea_tags_text(text[]);
      DROP TABLE challenges;
    `);
  }
}
