import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * The ledger's feed: the id of every entry that moved a wallet or a position, written by the
 * entry's own statement, for followers (the traders leaderboard) to take in batches after the
 * fact. A trade's transaction then writes one narrow row for them instead of their tables.
 * Rows of transactions still running are invisible to a taker, so nothing is taken twice or
 * lost: a follower deletes what it applies, in its own transaction.
 */
export class LedgerFeed1764000610000 implements MigrationInterface {
  name = 'LedgerFeed1764000610000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_feed (
        tenant_id uuid NOT NULL,
        entry_id bigint NOT NULL,
        PRIMARY KEY (tenant_id, entry_id),
        FOREIGN KEY (tenant_id, entry_id) REFERENCES journal_entries (tenant_id, id)
      );
    `);
    await db.query(enableTenantIsolation('ledger_feed'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_feed`);
  }
}
