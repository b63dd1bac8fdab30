import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

const NOTIFICATION_KINDS = [
  'IDEA_SUPPORTED',
  'IDEA_COMMENTED',
  'COMMENT_REPLIED',
  'STAGE_CHANGED',
  'JOIN_REQUESTED',
  'JOIN_ANSWERED',
  'TEAM_INVITED',
  'BOARD_DECIDED',
  'MARKET_SETTLED',
  'RECRUIT_JOINED',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

/** Reports and the audit log of moderation and admin actions; members' notifications. */
export class ModerationAndNotifications1764000220000 implements MigrationInterface {
  name = 'ModerationAndNotifications1764000220000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reports (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('IDEA', 'COMMENT')),
        target_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        reporter_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        resolved_at timestamptz,
        resolved_by uuid,
        resolution text CHECK (resolution IN ('HIDDEN', 'RESTORED')),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, reporter_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, resolved_by) REFERENCES members (tenant_id, id),
        CONSTRAINT reports_resolved_together CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      );
      CREATE INDEX reports_open_idx ON reports (tenant_id, created_at) WHERE resolved_at IS NULL;
      CREATE UNIQUE INDEX reports_one_open_per_reporter ON reports (tenant_id, kind, target_id, reporter_id)
        WHERE resolved_at IS NULL;

      CREATE TABLE audit_log (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        actor_id uuid,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 80),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 80),
        target_id uuid,
        reason text CHECK (length(reason) <= 2000),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, actor_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX audit_log_at_idx ON audit_log (tenant_id, at DESC);

      -- The audit log is evidence: rows are appended, never changed or removed.
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the audit log is append-only';
        END $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

      CREATE TABLE notifications (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${NOTIFICATION_KINDS})),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
        idea_id uuid,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id)
      );
      CREATE INDEX notifications_member_idx ON notifications (tenant_id, member_id, created_at DESC);
      CREATE INDEX notifications_unread_idx ON notifications (tenant_id, member_id) WHERE read_at IS NULL;
    `);
    await db.query(enableTenantIsolation('reports', 'audit_log', 'notifications'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE notifications;
      DROP TABLE audit_log;
      DROP FUNCTION audit_log_append_only();
      DROP TABLE reports;
    `);
  }
}
