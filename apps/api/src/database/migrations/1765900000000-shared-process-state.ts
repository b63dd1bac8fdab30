import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * What replicas must share rather than each keep in memory:
 * - live_events: every live update, numbered, kept a few minutes so a process that lost its
 *   LISTEN connection can catch up on what it missed (a tenant table: payloads are tenant data);
 * - background_jobs: when each scheduled job last ran and is next due, so it runs once across
 *   processes;
 * - rate_limit_counters: attempt counters per key and window, so a limit holds across replicas.
 *   Keys are hashes (no e-mail or address is stored) and rows expire with their window.
 */
export class SharedProcessState1765900000000 implements MigrationInterface {
  name = 'SharedProcessState1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE SEQUENCE live_event_seq;
      CREATE TABLE live_events (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id bigint NOT NULL DEFAULT nextval('live_event_seq'),
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id)
      );
      ALTER SEQUENCE live_event_seq OWNED BY live_events.id;
      CREATE INDEX live_events_by_time ON live_events (tenant_id, created_at);

      CREATE TABLE background_jobs (
        name text PRIMARY KEY,
        next_run_at timestamptz NOT NULL,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        last_error text,
        runs bigint NOT NULL DEFAULT 0
      );

      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX rate_limit_counters_expiry ON rate_limit_counters (expires_at);
    `);
    await db.query(enableTenantIsolation('live_events'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_counters; DROP TABLE background_jobs; DROP TABLE live_events;`);
  }
}
