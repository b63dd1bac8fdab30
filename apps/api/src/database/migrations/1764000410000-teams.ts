import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** Teams form around an idea in TEAMING: the author leads; others join by request or invitation. */
export class Teams1764000410000 implements MigrationInterface {
  name = 'Teams1764000410000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_members (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, idea_id, member_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX team_members_member_idx ON team_members (tenant_id, member_id);

      CREATE TABLE join_requests (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE UNIQUE INDEX join_requests_one_pending ON join_requests (tenant_id, idea_id, member_id) WHERE status = 'PENDING';

      CREATE TABLE team_invites (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL,
        invited_by uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, invited_by) REFERENCES members (tenant_id, id)
      );
      CREATE UNIQUE INDEX team_invites_one_pending ON team_invites (tenant_id, idea_id, member_id) WHERE status = 'PENDING';
      CREATE INDEX team_invites_member_idx ON team_invites (tenant_id, member_id, status);

      -- Every save is a new version, so the board sees what changed.
      CREATE TABLE business_cases (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        problem text NOT NULL CHECK (length(problem) <= 5000),
        proposal text NOT NULL CHECK (length(proposal) <= 5000),
        benefits text NOT NULL CHECK (length(benefits) <= 5000),
        estimated_annual_saving bigint NOT NULL CHECK (estimated_annual_saving >= 0),
        one_off_cost bigint NOT NULL CHECK (one_off_cost >= 0),
        running_cost bigint NOT NULL CHECK (running_cost >= 0),
        risks text NOT NULL CHECK (length(risks) <= 5000),
        measures_of_success text NOT NULL CHECK (length(measures_of_success) <= 5000),
        saved_by uuid NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, idea_id, version),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, saved_by) REFERENCES members (tenant_id, id)
      );
    `);
    await db.query(enableTenantIsolation('team_members', 'join_requests', 'team_invites', 'business_cases'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE business_cases; DROP TABLE team_invites; DROP TABLE join_requests; DROP TABLE team_members;');
  }
}
