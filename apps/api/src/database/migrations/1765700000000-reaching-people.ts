import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * Reaching people: verified addresses and a token version per member, single-use e-mailed
 * tokens, notification preferences and digests, single sign-on settings, and webhooks with an
 * outbox of deliveries written in the event's own transaction.
 */
export class ReachingPeople1765700000000 implements MigrationInterface {
  name = 'ReachingPeople1765700000000';

  async up(db: QueryRunner): Promise<void> {
    // Everyone who joined before verification existed counts as verified (the demo's accounts
    // too); only members added from now on start unverified.
    await db.query(`
      ALTER TABLE members
        ADD COLUMN email_verified boolean NOT NULL DEFAULT true,
        ADD COLUMN token_version integer NOT NULL DEFAULT 0;
      ALTER TABLE members ALTER COLUMN email_verified SET DEFAULT false;
    `);
    // NULL: the default for the instance's visibility (internal instances verify).
    await db.query(`
      ALTER TABLE tenants
        ADD COLUMN require_email_verification boolean,
        ADD COLUMN sso_issuer text,
        ADD COLUMN sso_client_id text,
        ADD COLUMN sso_client_secret text,
        ADD COLUMN sso_enabled boolean NOT NULL DEFAULT false;
    `);
    await db.query(`
      CREATE TABLE member_tokens (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, token_hash),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX member_tokens_member ON member_tokens (tenant_id, member_id, purpose, created_at);

      CREATE TABLE notification_preferences (
        tenant_id uuid NOT NULL,
        member_id uuid NOT NULL,
        kind text NOT NULL,
        in_app boolean NOT NULL,
        email text NOT NULL CHECK (email IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
        PRIMARY KEY (tenant_id, member_id, kind),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id) ON DELETE CASCADE
      );

      ALTER TABLE notifications
        ADD COLUMN in_app boolean NOT NULL DEFAULT true,
        ADD COLUMN email text NOT NULL DEFAULT 'NEVER' CHECK (email IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
        ADD COLUMN emailed_at timestamptz;
      CREATE INDEX notifications_email_pending ON notifications (tenant_id, email, created_at)
        WHERE emailed_at IS NULL AND email <> 'NEVER';

      CREATE TABLE email_digests (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        period_end timestamptz NOT NULL,
        sent_at timestamptz,
        notification_count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, member_id, frequency, period_end),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE webhooks (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, created_by) REFERENCES members (tenant_id, id)
      );

      CREATE TABLE webhook_deliveries (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL,
        event text NOT NULL,
        payload jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_status integer,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        given_up_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, webhook_id) REFERENCES webhooks (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (tenant_id, next_attempt_at)
        WHERE delivered_at IS NULL AND given_up_at IS NULL;
      CREATE INDEX webhook_deliveries_log ON webhook_deliveries (tenant_id, webhook_id, created_at DESC);
    `);
    await db.query(enableTenantIsolation('member_tokens', 'notification_preferences', 'email_digests', 'webhooks', 'webhook_deliveries'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE webhook_deliveries, webhooks, email_digests, notification_preferences, member_tokens;
      ALTER TABLE notifications DROP COLUMN in_app, DROP COLUMN email, DROP COLUMN emailed_at;
      ALTER TABLE tenants DROP COLUMN require_email_verification, DROP COLUMN sso_issuer, DROP COLUMN sso_client_id,
        DROP COLUMN sso_client_secret, DROP COLUMN sso_enabled;
      ALTER TABLE members DROP COLUMN email_verified, DROP COLUMN token_version;
    `);
  }
}
