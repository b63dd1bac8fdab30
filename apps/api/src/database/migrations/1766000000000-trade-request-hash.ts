import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trade row records what a trade did, not what was asked (a buy by spend keeps its cost, not
 * the spend or the bound), so an idempotency key replayed with other arguments could pass for a
 * retry. Each trade now keeps a fingerprint of its request; trades made before this have none
 * and are still compared by what their row records.
 */
export class TradeRequestHash1766000000000 implements MigrationInterface {
  name = 'TradeRequestHash1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE trades ADD COLUMN request_hash text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE trades DROP COLUMN request_hash');
  }
}
