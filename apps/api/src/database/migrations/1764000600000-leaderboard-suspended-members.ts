import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suspended members keep their scores (reactivating them restores their place) but are left
 * off every leaderboard; like board members on the traders board, they are few, and this
 * index finds them without touching the rest.
 */
export class LeaderboardSuspendedMembers1764000600000 implements MigrationInterface {
  name = 'LeaderboardSuspendedMembers1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX members_suspended_idx ON members (tenant_id, id) WHERE suspended`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX members_suspended_idx`);
  }
}
