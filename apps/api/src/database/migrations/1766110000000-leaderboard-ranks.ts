import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * A member's rank without counting everyone above them: each score falls in a bucket (by its
 * number of digits and its first two, so buckets keep the order of scores and hold scores within
 * about a tenth of each other), and the number of members per bucket is kept by triggers on
 * leaderboard_scores, whoever writes it. A rank is then a sum over the buckets above plus a
 * count inside one bucket, exact and of a size that does not grow with the board.
 *
 * Also: the traders board ranks trading profit (realised and marked), so the currency the
 * treasury issued (grants, bonuses, rewards) comes off every all-time score, and members who
 * never traded leave the board.
 */
export class LeaderboardRanks1766110000000 implements MigrationInterface {
  name = 'LeaderboardRanks1766110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION leaderboard_score_bucket(score bigint) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN score = 0 THEN 0
                          ELSE sign(score)::integer * (length(abs(score)::text) * 100 + left(abs(score)::text, 2)::integer) END $$;

      ALTER TABLE leaderboard_scores
        ADD COLUMN bucket integer NOT NULL GENERATED ALWAYS AS (leaderboard_score_bucket(score)) STORED;
      CREATE INDEX leaderboard_scores_bucket_idx
        ON leaderboard_scores (tenant_id, board, period, period_start, bucket, score DESC);

      CREATE TABLE leaderboard_score_buckets (
        tenant_id uuid NOT NULL,
        board text NOT NULL,
        period text NOT NULL,
        period_start date NOT NULL,
        bucket integer NOT NULL,
        members integer NOT NULL,
        PRIMARY KEY (tenant_id, board, period, period_start, bucket)
      );
      ${enableTenantIsolation('leaderboard_score_buckets')}

      -- One statement per scores statement: its rows' moves between buckets, summed per bucket
      -- and applied in key order, the one order every writer takes. (Transition tables come one
      -- event per trigger, hence a branch per event.)
      CREATE FUNCTION leaderboard_count_buckets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO leaderboard_score_buckets AS b (tenant_id, board, period, period_start, bucket, members)
          SELECT tenant_id, board, period, period_start, bucket, count(*)::integer FROM added
           GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (tenant_id, board, period, period_start, bucket) DO UPDATE SET members = b.members + EXCLUDED.members;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO leaderboard_score_buckets AS b (tenant_id, board, period, period_start, bucket, members)
          SELECT tenant_id, board, period, period_start, bucket, sum(n)::integer
            FROM (SELECT tenant_id, board, period, period_start, bucket, 1 AS n FROM added
                  UNION ALL
                  SELECT tenant_id, board, period, period_start, bucket, -1 FROM removed) moves
           GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (tenant_id, board, period, period_start, bucket) DO UPDATE SET members = b.members + EXCLUDED.members;
        ELSE
          INSERT INTO leaderboard_score_buckets AS b (tenant_id, board, period, period_start, bucket, members)
          SELECT tenant_id, board, period, period_start, bucket, -count(*)::integer FROM removed
           GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (tenant_id, board, period, period_start, bucket) DO UPDATE SET members = b.members + EXCLUDED.members;
        END IF;
        RETURN NULL;
      END $$;
    `);
    // Trading profit: what the treasury issued into wallets comes off (entries still on the
    // ledger's feed are not in the scores yet, and the board now skips such entries), and
    // members who never held a position leave the traders board. Then the buckets are counted
    // from the scores as they stand.
    await db.query(`
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          UPDATE leaderboard_scores s SET score = s.score - issued.amount
            FROM (SELECT a.member_id, sum(p.amount)::bigint AS amount
                    FROM postings p
                    JOIN journal_entries e ON e.tenant_id = p.tenant_id AND e.id = p.entry_id
                    JOIN ledger_accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
                   WHERE p.tenant_id = t AND a.kind = 'WALLET' AND e.kind NOT IN ('TRADE', 'SETTLEMENT')
                     AND NOT EXISTS (SELECT 1 FROM ledger_feed f WHERE f.tenant_id = t AND f.entry_id = e.id)
                   GROUP BY a.member_id) issued
           WHERE s.tenant_id = t AND s.board = 'TRADERS' AND s.period = 'ALL_TIME' AND s.member_id = issued.member_id;
          DELETE FROM leaderboard_scores s
           WHERE s.tenant_id = t AND s.board = 'TRADERS'
             AND NOT EXISTS (SELECT 1 FROM leaderboard_positions p WHERE p.tenant_id = t AND p.member_id = s.member_id);
          INSERT INTO leaderboard_score_buckets (tenant_id, board, period, period_start, bucket, members)
          SELECT tenant_id, board, period, period_start, bucket, count(*)::integer FROM leaderboard_scores
           WHERE tenant_id = t GROUP BY 1, 2, 3, 4, 5;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;

      CREATE TRIGGER leaderboard_scores_added AFTER INSERT ON leaderboard_scores
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_count_buckets();
      CREATE TRIGGER leaderboard_scores_moved AFTER UPDATE ON leaderboard_scores
        REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_count_buckets();
      CREATE TRIGGER leaderboard_scores_removed AFTER DELETE ON leaderboard_scores
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_count_buckets();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER leaderboard_scores_added ON leaderboard_scores;
      DROP TRIGGER leaderboard_scores_moved ON leaderboard_scores;
      DROP TRIGGER leaderboard_scores_removed ON leaderboard_scores;
      DROP FUNCTION leaderboard_count_buckets();
      DROP TABLE leaderboard_score_buckets;
      ALTER TABLE leaderboard_scores DROP COLUMN bucket;
      DROP FUNCTION leaderboard_score_bucket(bigint);
    `);
  }
}
