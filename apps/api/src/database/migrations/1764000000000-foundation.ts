import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** Instances (platform level, the one table without row-level security), members and invites. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION current_tenant_id() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

      CREATE TABLE tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        currency_name text NOT NULL CHECK (length(currency_name) BETWEEN 1 AND 30),
        public boolean NOT NULL DEFAULT false,
        suspended boolean NOT NULL DEFAULT false,
        default_language text NOT NULL DEFAULT 'en' CHECK (default_language IN ('en', 'cy')),
        brand_colour text CHECK (brand_colour ~ '^#[0-9a-fA-F]{6}$'),
        logo_text text,
        buzz_threshold integer NOT NULL DEFAULT 10 CHECK (buzz_threshold > 0),
        buzz_window_days integer NOT NULL DEFAULT 30 CHECK (buzz_window_days > 0),
        support_weight integer NOT NULL DEFAULT 1 CHECK (support_weight >= 0),
        comment_weight integer NOT NULL DEFAULT 1 CHECK (comment_weight >= 0),
        min_team_size integer NOT NULL DEFAULT 3 CHECK (min_team_size >= 1),
        max_team_size integer NOT NULL DEFAULT 8 CHECK (max_team_size >= min_team_size),
        min_reviews integer NOT NULL DEFAULT 2 CHECK (min_reviews >= 1),
        liquidity bigint NOT NULL DEFAULT 10000 CHECK (liquidity > 0),
        starting_grant bigint NOT NULL DEFAULT 100000 CHECK (starting_grant >= 0),
        recruit_bonus bigint NOT NULL DEFAULT 5000 CHECK (recruit_bonus >= 0),
        recruit_bonus_monthly_cap integer NOT NULL DEFAULT 10 CHECK (recruit_bonus_monthly_cap >= 0),
        teaming_reward bigint NOT NULL DEFAULT 2500 CHECK (teaming_reward >= 0),
        investment_reward bigint NOT NULL DEFAULT 5000 CHECK (investment_reward >= 0),
        implemented_reward bigint NOT NULL DEFAULT 20000 CHECK (implemented_reward >= 0),
        allowed_email_domains text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE members (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'BOARD', 'MODERATOR', 'ADMIN')),
        department text,
        skills text[] NOT NULL DEFAULT '{}',
        bio text,
        suspended boolean NOT NULL DEFAULT false,
        invited_by uuid,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, invited_by) REFERENCES members (tenant_id, id)
      );
      CREATE UNIQUE INDEX members_email_key ON members (tenant_id, lower(email));
      CREATE INDEX members_invited_by_idx ON members (tenant_id, invited_by) WHERE invited_by IS NOT NULL;

      CREATE TABLE invites (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{8,64}$'),
        inviter_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, code),
        FOREIGN KEY (tenant_id, inviter_id) REFERENCES members (tenant_id, id)
      );
    `);
    await db.query(enableTenantIsolation('members', 'invites'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE invites; DROP TABLE members; DROP TABLE tenants; DROP FUNCTION current_tenant_id();');
  }
}
