import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/** The investment board's scorecards and decisions, and the impact of implemented ideas. */
export class BoardAndImpact1764000420000 implements MigrationInterface {
  name = 'BoardAndImpact1764000420000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reviews (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        strategic_fit smallint NOT NULL CHECK (strategic_fit BETWEEN 1 AND 5),
        value_for_money smallint NOT NULL CHECK (value_for_money BETWEEN 1 AND 5),
        feasibility smallint NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
        risk smallint NOT NULL CHECK (risk BETWEEN 1 AND 5),
        comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, idea_id, reviewer_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, reviewer_id) REFERENCES members (tenant_id, id)
      );

      CREATE TABLE decisions (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('IMPLEMENT', 'REJECT')),
        rationale text NOT NULL CHECK (length(rationale) BETWEEN 1 AND 10000),
        decided_by uuid NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        price_yes_at_decision double precision NOT NULL CHECK (price_yes_at_decision > 0 AND price_yes_at_decision < 1),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, idea_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, decided_by) REFERENCES members (tenant_id, id)
      );

      CREATE TABLE impact_records (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        realised_saving bigint NOT NULL CHECK (realised_saving >= 0),
        note text NOT NULL CHECK (length(note) BETWEEN 1 AND 5000),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        FOREIGN KEY (tenant_id, recorded_by) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX impact_records_idea_idx ON impact_records (tenant_id, idea_id, recorded_at);
    `);
    await db.query(enableTenantIsolation('reviews', 'decisions', 'impact_records'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE impact_records; DROP TABLE decisions; DROP TABLE reviews;');
  }
}
