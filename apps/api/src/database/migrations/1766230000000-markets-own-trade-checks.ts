import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trade path resolved its market reading the idea's hidden flag and an outcome market's
 * closing date from their owners' tables. The market now keeps what it trades by: whether
 * moderators have hidden its idea (kept by moderation in the hide's own transaction, under the
 * market's row lock) and the date it stops trading (set when an outcome market opens; it never
 * changes). Existing markets take both from where they lived until now.
 */
export class MarketsOwnTradeChecks1766230000000 implements MigrationInterface {
  name = 'MarketsOwnTradeChecks1766230000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE markets
        ADD COLUMN idea_hidden boolean NOT NULL DEFAULT false,
        ADD COLUMN closes_at timestamptz,
        ADD CONSTRAINT markets_closes_only_outcome CHECK (closes_at IS NULL OR kind = 'OUTCOME');
      CREATE INDEX markets_closing_idx ON markets (tenant_id, closes_at) WHERE open AND closes_at IS NOT NULL;
      -- The closing job now finds due markets by the market's own date.
      DROP INDEX outcome_markets_closes_idx;
    `);
    // Row-level security is forced on the owner too, so the backfill visits one tenant at a time.
    await db.query(`
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          UPDATE markets m SET idea_hidden = true
            FROM ideas i WHERE m.tenant_id = t AND i.tenant_id = t AND i.id = m.idea_id AND i.hidden;
          UPDATE markets m SET closes_at = o.closes_at
            FROM outcome_markets o WHERE m.tenant_id = t AND o.tenant_id = t AND o.market_id = m.id;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX outcome_markets_closes_idx ON outcome_markets (closes_at);
      DROP INDEX markets_closing_idx;
      ALTER TABLE markets DROP CONSTRAINT markets_closes_only_outcome, DROP COLUMN closes_at, DROP COLUMN idea_hidden;
    `);
  }
}
