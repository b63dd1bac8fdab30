import { Client } from 'pg';
import pino from 'pino';
import { seedDemo } from '../demo/demo-seed';
import { TenantNotFound } from '../tenants/tenants.errors';
import { TenantsService } from '../tenants/tenants.service';
import type { TestApp } from './test-app';

/** Any number, as long as no other advisory lock in the tests uses it. */
const DEMO_SEED_LOCK = 7_346_210;

/**
 * The demo instance (slug "demo") in the database every spec file shares: the first spec that
 * asks seeds it with its whole story, later ones (in this worker or another) find it. The seeding
 * runs under an advisory lock, so no spec sees a demo whose story is still being told.
 */
export async function demoInstance(app: TestApp): Promise<string> {
  const tenants = app.app.get(TenantsService);
  const lock = new Client({ connectionString: process.env.IX_TEST_OWNER_URL });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [DEMO_SEED_LOCK]);
    try {
      return (await tenants.bySlug('demo')).id;
    } catch (error) {
      if (!(error instanceof TenantNotFound)) throw error;
      return await seedDemo(app.app, pino({ level: 'silent' }));
    }
  } finally {
    await lock.end();
  }
}
