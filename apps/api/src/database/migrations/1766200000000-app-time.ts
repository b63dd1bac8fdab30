import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rewrites the default of every tenant table's timestamp column from one clock function to another. */
function swapDefaults(from: string, to: string): string {
  return `DO $$
    DECLARE c record;
    BEGIN
      FOR c IN
        SELECT col.table_name, col.column_name
          FROM information_schema.columns col
         WHERE col.table_schema = current_schema() AND col.column_default = '${from}'
           AND EXISTS (SELECT 1 FROM information_schema.columns t
                        WHERE t.table_schema = col.table_schema AND t.table_name = col.table_name AND t.column_name = 'tenant_id')
      LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT ${to}', c.table_name, c.column_name);
      END LOOP;
    END $$`;
}

/**
 * The moment a tenant transaction's rows are stamped with: the real time, unless the transaction
 * was opened as of an earlier moment (`Clock.asOf`, which sets app.now). The demo instance tells
 * its story that way, through the real services, so its markets have a history over past weeks.
 * app_now stands for now() (the transaction's moment); app_clock for clock_timestamp(), moving on
 * from that moment so several rows of one transaction keep their order.
 */
export class AppTime1766200000000 implements MigrationInterface {
  name = 'AppTime1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION app_now() RETURNS timestamptz
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT coalesce(nullif(current_setting('app.now', true), '')::timestamptz, now()) $$;
      CREATE FUNCTION app_clock() RETURNS timestamptz
        LANGUAGE sql VOLATILE PARALLEL SAFE
        AS $$ SELECT coalesce(nullif(current_setting('app.now', true), '')::timestamptz + (clock_timestamp() - now()), clock_timestamp()) $$;`);
    await db.query(swapDefaults('now()', 'app_now()'));
    await db.query(swapDefaults('clock_timestamp()', 'app_clock()'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(swapDefaults('app_now()', 'now()'));
    await db.query(swapDefaults('app_clock()', 'clock_timestamp()'));
    await db.query(`DROP FUNCTION app_clock(); DROP FUNCTION app_now();`);
  }
}
