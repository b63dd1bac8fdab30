import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * The decision record discloses what the idea's author and team held in its market when the
 * board decided, and how many distinct members had traded it by then. Decisions taken before this
 * migration get the same figures, worked out from their trades up to the moment of the decision.
 */
export class DecisionDisclosures1765200000000 implements MigrationInterface {
  name = 'DecisionDisclosures1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE decisions ADD COLUMN traders_at_decision integer NOT NULL DEFAULT 0 CHECK (traders_at_decision >= 0);

      CREATE TABLE decision_disclosures (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL,
        member_id uuid NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('YES', 'NO')),
        shares bigint NOT NULL CHECK (shares > 0),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, decision_id, member_id, outcome),
        FOREIGN KEY (tenant_id, decision_id) REFERENCES decisions (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
    `);
    await db.query(enableTenantIsolation('decision_disclosures'));
    // Row-level security is forced on the owner too, so the backfill visits one tenant at a time.
    await db.query(`
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          UPDATE decisions d SET traders_at_decision = (
            SELECT count(DISTINCT tr.member_id) FROM trades tr
              JOIN markets m ON m.tenant_id = tr.tenant_id AND m.id = tr.market_id
             WHERE m.tenant_id = d.tenant_id AND m.idea_id = d.idea_id AND tr.created_at <= d.decided_at)
           WHERE d.tenant_id = t;
          INSERT INTO decision_disclosures (tenant_id, decision_id, member_id, outcome, shares)
          SELECT d.tenant_id, d.id, tr.member_id, tr.outcome, sum(tr.shares)
            FROM decisions d
            JOIN ideas i ON i.tenant_id = d.tenant_id AND i.id = d.idea_id
            JOIN markets m ON m.tenant_id = d.tenant_id AND m.idea_id = d.idea_id
            JOIN trades tr ON tr.tenant_id = m.tenant_id AND tr.market_id = m.id AND tr.created_at <= d.decided_at
           WHERE d.tenant_id = t
             AND (tr.member_id = i.author_id OR EXISTS (
                   SELECT 1 FROM team_members tm WHERE tm.tenant_id = d.tenant_id AND tm.idea_id = d.idea_id AND tm.member_id = tr.member_id))
           GROUP BY d.tenant_id, d.id, tr.member_id, tr.outcome
          HAVING sum(tr.shares) > 0;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE decision_disclosures; ALTER TABLE decisions DROP COLUMN traders_at_decision;');
  }
}
