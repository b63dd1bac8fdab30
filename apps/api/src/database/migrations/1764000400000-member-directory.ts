import { MigrationInterface, QueryRunner } from 'typeorm';

/** The member directory finds people by skill (array containment) and by name or department. */
export class MemberDirectory1764000400000 implements MigrationInterface {
  name = 'MemberDirectory1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX members_skills_idx ON members USING gin (skills);
      CREATE INDEX members_display_name_idx ON members (tenant_id, lower(display_name));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX members_skills_idx; DROP INDEX members_display_name_idx;');
  }
}
