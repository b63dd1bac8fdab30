import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A connection to the embedded PostgreSQL of an app process, as the app's own role (so
 * row-level security applies): password from DATA_DIR, port from the server's postmaster.pid.
 */
export async function connectAppDatabase(dataDir: string): Promise<Client> {
  const secrets = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8')) as { appPassword: string };
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new Client({ connectionString: `postgres://ix_app:${secrets.appPassword}@127.0.0.1:${port}/idea_exchange` });
  // The server going away (a test stopping the app) must not crash the test run.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Runs work in one transaction scoped to a tenant, as the app's tenant transaction does. */
export async function inTenant<T>(client: Client, tenantId: string, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
