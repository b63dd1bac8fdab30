import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres, type RunningPostgres } from '../../apps/api/src/database/embedded-postgres';
import { migrate } from '../../apps/api/src/database/migrate';

declare global {
  var __IX_POSTGRES__: RunningPostgres | undefined;
}

/**
 * One real PostgreSQL for the whole run, migrated once. Test files share it and keep apart by
 * creating their own tenants, as separate instances do in production.
 */
export default async function globalSetup(): Promise<void> {
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  if (process.env.TEST_DATABASE_URL) {
    process.env.IX_TEST_APP_URL = process.env.TEST_DATABASE_URL;
    process.env.IX_TEST_OWNER_URL = process.env.TEST_MIGRATION_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'ix-test-'));
    const postgres = await startEmbeddedPostgres(dataDir, log);
    globalThis.__IX_POSTGRES__ = postgres;
    process.env.IX_TEST_APP_URL = postgres.appUrl;
    process.env.IX_TEST_OWNER_URL = postgres.ownerUrl;
    process.env.IX_TEST_DATA_DIR = dataDir;
  }
  await migrate(process.env.IX_TEST_OWNER_URL, process.env.IX_TEST_APP_URL, log);
}
