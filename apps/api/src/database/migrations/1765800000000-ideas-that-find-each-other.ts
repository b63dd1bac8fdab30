import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

const NOTIFICATION_KINDS = [
  'IDEA_SUPPORTED',
  'IDEA_COMMENTED',
  'COMMENT_REPLIED',
  'STAGE_CHANGED',
  'JOIN_REQUESTED',
  'JOIN_ANSWERED',
  'TEAM_INVITED',
  'BOARD_DECIDED',
  'MARKET_SETTLED',
  'RECRUIT_JOINED',
  'FOLLOWED_IDEA_UPDATED',
  'IDEAS_MERGED',
  'OUTCOME_MARKET_OPENED',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

/**
 * Ideas that find each other (similarity, merging, following) and markets beyond the decision
 * (outcome markets on implemented ideas).
 *
 * pg_trgm is a trusted extension, so the schema owner may create it; its functions land in
 * public, where the app role is granted EXECUTE after every migration run.
 */
export class IdeasThatFindEachOther1765800000000 implements MigrationInterface {
  name = 'IdeasThatFindEachOther1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

      -- 'simple' keeps words as written, so Welsh and English match alike (no English stemming
      -- of Welsh words); common words of both languages are left out of queries instead.
      ALTER TABLE ideas
        ADD COLUMN merged_into uuid,
        ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED,
        ADD COLUMN similarity_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', left(description, 4000)), 'D')
        ) STORED,
        ADD CONSTRAINT ideas_merged_into_fkey FOREIGN KEY (tenant_id, merged_into) REFERENCES ideas (tenant_id, id),
        ADD CONSTRAINT ideas_merged_is_archived CHECK (merged_into IS NULL OR (stage = 'ARCHIVED' AND merged_into <> id));
      CREATE INDEX ideas_title_trgm_idx ON ideas USING gin (title gin_trgm_ops);
      -- Titles alone first: two words shared by titles are the strongest, and much the cheapest, sign.
      CREATE INDEX ideas_title_vector_idx ON ideas USING gin (title_vector);
      CREATE INDEX ideas_similarity_idx ON ideas USING gin (similarity_vector);

      -- The member's own choice about an idea. Without a row, the author, the team and the
      -- supporters follow it; a row says otherwise either way.
      CREATE TABLE idea_follows (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL,
        following boolean NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT idea_follows_once UNIQUE (tenant_id, idea_id, member_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX idea_follows_member_idx ON idea_follows (tenant_id, member_id);

      -- Authors of ideas merged into this one, credited beside its own author.
      CREATE TABLE idea_credits (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL,
        merged_idea_id uuid NOT NULL,
        credited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT idea_credits_once UNIQUE (tenant_id, merged_idea_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, merged_idea_id) REFERENCES ideas (tenant_id, id)
      );
      CREATE INDEX idea_credits_idea_idx ON idea_credits (tenant_id, idea_id);

      -- An idea has one implementation market and, once implemented, any number of outcome markets.
      ALTER TABLE markets
        ADD COLUMN kind text NOT NULL DEFAULT 'IMPLEMENTATION' CHECK (kind IN ('IMPLEMENTATION', 'OUTCOME')),
        DROP CONSTRAINT markets_one_per_idea,
        ADD CONSTRAINT markets_kind_key UNIQUE (tenant_id, id, kind);
      CREATE UNIQUE INDEX markets_one_per_idea ON markets (tenant_id, idea_id) WHERE kind = 'IMPLEMENTATION';
      CREATE INDEX markets_idea_kind_idx ON markets (tenant_id, idea_id, kind);

      -- An outcome market's rule: YES once recorded realised savings reach the target, NO once
      -- closes_at passes first.
      CREATE TABLE outcome_markets (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        market_id uuid NOT NULL,
        kind text NOT NULL DEFAULT 'OUTCOME' CHECK (kind = 'OUTCOME'),
        idea_id uuid NOT NULL,
        target bigint NOT NULL CHECK (target > 0),
        closes_at timestamptz NOT NULL,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
        opened_by uuid NOT NULL,
        PRIMARY KEY (tenant_id, market_id),
        FOREIGN KEY (tenant_id, market_id, kind) REFERENCES markets (tenant_id, id, kind),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, opened_by) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX outcome_markets_idea_idx ON outcome_markets (tenant_id, idea_id);
      CREATE INDEX outcome_markets_closes_idx ON outcome_markets (closes_at);

      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${NOTIFICATION_KINDS}));
    `);
    await db.query(enableTenantIsolation('idea_follows', 'idea_credits', 'outcome_markets'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM notifications WHERE kind IN ('FOLLOWED_IDEA_UPDATED', 'IDEAS_MERGED', 'OUTCOME_MARKET_OPENED');
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      DROP TABLE outcome_markets;
      DROP INDEX markets_idea_kind_idx;
      DROP INDEX markets_one_per_idea;
      ALTER TABLE markets DROP CONSTRAINT markets_kind_key, DROP COLUMN kind,
        ADD CONSTRAINT markets_one_per_idea UNIQUE (tenant_id, idea_id);
      DROP TABLE idea_credits;
      DROP TABLE idea_follows;
      DROP INDEX ideas_similarity_idx;
      DROP INDEX ideas_title_vector_idx;
      DROP INDEX ideas_title_trgm_idx;
      ALTER TABLE ideas DROP CONSTRAINT ideas_merged_is_archived, DROP CONSTRAINT ideas_merged_into_fkey,
        DROP COLUMN similarity_vector, DROP COLUMN title_vector, DROP COLUMN merged_into;
    `);
  }
}
