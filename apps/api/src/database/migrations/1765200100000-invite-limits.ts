import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invite link is a credential that admits people from outside the allowed domains, so it
 * expires and admits a limited number of people. Links made before this get the defaults from now.
 */
export class InviteLimits1765200100000 implements MigrationInterface {
  name = 'InviteLimits1765200100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE invites
        ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '14 days',
        ADD COLUMN max_uses integer NOT NULL DEFAULT 25 CHECK (max_uses > 0),
        ADD COLUMN uses integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT invites_uses_within_limit CHECK (uses >= 0 AND uses <= max_uses);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE invites DROP COLUMN uses, DROP COLUMN max_uses, DROP COLUMN expires_at');
  }
}
