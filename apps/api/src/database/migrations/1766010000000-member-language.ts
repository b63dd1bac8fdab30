import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a member reads in, so their e-mails arrive in it. Null until they choose one (or
 * sign up from the web app): their instance's default language stands in.
 */
export class MemberLanguage1766010000000 implements MigrationInterface {
  name = 'MemberLanguage1766010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN language text NULL CHECK (language IN ('en', 'cy'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members DROP COLUMN language`);
  }
}
