import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * Leaderboards kept up to date as members act (never recomputed per request), and the
 * recruits of each inviter. The score and position tables are written on every trade, so like
 * the ledger they reach their tenant through composite keys only (no key to the tenants row).
 */
export class LeaderboardsAndRecruits1764000500000 implements MigrationInterface {
  name = 'LeaderboardsAndRecruits1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- Why each member earned innovator, team and recruiter points: one row per award, and the
      -- unique key makes every award happen at most once however often its event is replayed.
      CREATE TABLE leaderboard_points (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        board text NOT NULL CHECK (board IN ('INNOVATORS', 'TEAMS', 'RECRUITERS')),
        member_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 40),
        subject_id uuid NOT NULL,
        points bigint NOT NULL CHECK (points > 0),
        earned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT leaderboard_points_once UNIQUE (tenant_id, board, reason, subject_id, member_id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );

      -- One row per board, period and member: the aggregate the leaderboards read. Periods are
      -- calendar weeks (from Monday) and months in UTC, named by their first day; ALL_TIME uses
      -- 1970-01-01. Scores are hundredths, like every Amount.
      CREATE TABLE leaderboard_scores (
        tenant_id uuid NOT NULL,
        board text NOT NULL CHECK (board IN ('INNOVATORS', 'TRADERS', 'RECRUITERS', 'TEAMS')),
        period text NOT NULL CHECK (period IN ('WEEK', 'MONTH', 'ALL_TIME')),
        period_start date NOT NULL,
        member_id uuid NOT NULL,
        score bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, board, period, period_start, member_id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX leaderboard_scores_rank_idx
        ON leaderboard_scores (tenant_id, board, period, period_start, score DESC, member_id);

      -- Each member's positions as the traders board last marked them: shares, the price of
      -- their outcome then, and the value (rounded down, as the portfolio marks it).
      CREATE TABLE leaderboard_positions (
        tenant_id uuid NOT NULL,
        market_id uuid NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('YES', 'NO')),
        member_id uuid NOT NULL,
        shares bigint NOT NULL CHECK (shares >= 0),
        marked_price double precision NOT NULL,
        value bigint NOT NULL CHECK (value >= 0),
        PRIMARY KEY (tenant_id, market_id, outcome, member_id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );

      -- Markets traded since their holders were last marked: the next traders read re-marks them.
      CREATE TABLE leaderboard_stale_markets (
        tenant_id uuid NOT NULL,
        market_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, market_id)
      );

      CREATE TABLE recruits (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        member_id uuid NOT NULL,
        inviter_id uuid NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        took_part_at timestamptz,
        bonus_paid bigint NOT NULL DEFAULT 0 CHECK (bonus_paid >= 0),
        PRIMARY KEY (tenant_id, member_id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, inviter_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX recruits_inviter_idx ON recruits (tenant_id, inviter_id, joined_at DESC);

      -- Board members are left off the traders board; this finds the few of them fast.
      CREATE INDEX members_board_idx ON members (tenant_id, id) WHERE role = 'BOARD';
    `);
    await db.query(
      enableTenantIsolation('leaderboard_points', 'leaderboard_scores', 'leaderboard_positions', 'leaderboard_stale_markets', 'recruits'),
    );
    // Members who joined with an invite before this table existed are recruits too.
    await db.query(`
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          INSERT INTO recruits (tenant_id, member_id, inviter_id, joined_at)
            SELECT tenant_id, id, invited_by, joined_at FROM members WHERE tenant_id = t AND invited_by IS NOT NULL;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX members_board_idx;
      DROP TABLE recruits; DROP TABLE leaderboard_stale_markets; DROP TABLE leaderboard_positions;
      DROP TABLE leaderboard_scores; DROP TABLE leaderboard_points;
    `);
  }
}
