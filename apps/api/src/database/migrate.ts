import type { Logger } from 'pino';
import { Client } from 'pg';
import { createDataSource } from './data-source';

/** Any number appearing only here; it keys the advisory lock that serialises migration runs. */
const MIGRATION_LOCK = 7_302_318_001;

function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Runs pending migrations as the schema owner, one process at a time (replicas and parallel test
 * workers may start together), then grants the app's runtime role what it needs and no more.
 */
export async function migrate(ownerUrl: string, appUrl: string, log: Logger): Promise<void> {
  const lock = new Client({ connectionString: ownerUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = createDataSource(ownerUrl, 2);
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await dataSource.destroy();
    }
    const appRole = roleOf(appUrl);
    if (appRole !== roleOf(ownerUrl)) {
      const role = `"${appRole.replace(/"/g, '""')}"`;
      await lock.query(`
        GRANT USAGE ON SCHEMA public TO ${role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
        REVOKE ALL ON schema_migrations FROM ${role};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role};
      `);
    }
    const check = new Client({ connectionString: appUrl });
    await check.connect();
    try {
      const { rows } = await check.query<{ bypass: boolean }>(
        'SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
      );
      if (rows[0]?.bypass) {
        log.warn('the database role of DATABASE_URL bypasses row-level security; use a role without SUPERUSER or BYPASSRLS');
      }
    } finally {
      await check.end();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
