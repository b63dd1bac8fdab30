import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and stage reasons keep their kind and values, not only an English sentence, so
 * each reader gets them in their own language. Rows written before are read back where their
 * sentence has a known shape; the rest keep their sentence (a notification with no params, a
 * reason of kind NOTE), which is what their readers saw before.
 */
export class WordsInEveryLanguage1766170000000 implements MigrationInterface {
  name = 'WordsInEveryLanguage1766170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifications ADD COLUMN params jsonb NULL CHECK (params IS NULL OR jsonb_typeof(params) = 'object');
      ALTER TABLE idea_stage_events
        ADD COLUMN reason_kind text NULL,
        ADD COLUMN reason_params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(reason_params) = 'object');

      CREATE FUNCTION pg_temp.named(matched text[], VARIADIC names text[]) RETURNS jsonb AS $$
        SELECT CASE WHEN matched IS NULL THEN NULL ELSE (SELECT jsonb_object_agg(names[i], matched[i]) FROM generate_subscripts(names, 1) i) END
      $$ LANGUAGE sql IMMUTABLE;


      CREATE FUNCTION pg_temp.legacy_reason(reason text, OUT kind text, OUT params jsonb) AS $$
        SELECT CASE
          WHEN reason = 'Submitted' THEN 'SUBMITTED'
          WHEN reason = 'Withdrawn by the author' THEN 'WITHDRAWN'
          WHEN reason = 'Floated on the idea market by the team lead' THEN 'FLOATED'
          WHEN buzz IS NOT NULL THEN 'BUZZ_REACHED'
          WHEN expired IS NOT NULL THEN 'BUZZ_EXPIRED'
          WHEN decided IS NOT NULL THEN 'DECIDED'
          WHEN merged IS NOT NULL THEN 'MERGED'
          ELSE 'NOTE' END,
        CASE
          WHEN reason IN ('Submitted', 'Withdrawn by the author', 'Floated on the idea market by the team lead') THEN '{}'::jsonb
          WHEN buzz IS NOT NULL THEN jsonb_build_object('score', buzz[1], 'threshold', buzz[2])
          WHEN expired IS NOT NULL THEN jsonb_build_object('days', expired[1])
          WHEN decided IS NOT NULL THEN jsonb_build_object('rationale', decided[1])
          WHEN merged IS NOT NULL THEN jsonb_build_object('target', merged[1], 'why', merged[2])
          ELSE jsonb_build_object('text', reason) END
        FROM (SELECT regexp_match(reason, '^Reached the buzz threshold: a buzz score of (\\d+), with (\\d+) needed$') AS buzz,
                     regexp_match(reason, '^Did not reach the buzz threshold within (\\d+) days$') AS expired,
                     regexp_match(reason, '^Board decision: (.*)$') AS decided,
                     regexp_match(reason, '^Merged into "(.*)": (.*)$') AS merged) m
      $$ LANGUAGE sql IMMUTABLE;

      CREATE FUNCTION pg_temp.stage_params(matched text[]) RETURNS jsonb AS $$
        SELECT CASE WHEN matched IS NULL THEN NULL ELSE
          r.params || jsonb_build_object('idea', matched[1], 'stage', upper(matched[2]), 'reason', r.kind) END
          FROM pg_temp.legacy_reason(matched[3]) r
      $$ LANGUAGE sql IMMUTABLE;

      CREATE FUNCTION pg_temp.legacy_params(kind text, message text) RETURNS jsonb AS $$
        SELECT CASE kind
          WHEN 'IDEA_SUPPORTED' THEN pg_temp.named(regexp_match(message, '^(.*) supported your idea "(.*)"\\.$'), 'actor', 'idea')
          WHEN 'IDEA_COMMENTED' THEN pg_temp.named(regexp_match(message, '^(.*) commented on your idea "(.*)"\\.$'), 'actor', 'idea')
          WHEN 'COMMENT_REPLIED' THEN pg_temp.named(regexp_match(message, '^(.*) replied to your comment on "(.*)"\\.$'), 'actor', 'idea')
          WHEN 'JOIN_REQUESTED' THEN pg_temp.named(regexp_match(message, '^(.*) asked to join the team of "(.*)"\\.$'), 'actor', 'idea')
          WHEN 'TEAM_INVITED' THEN pg_temp.named(regexp_match(message, '^(.*) invited you to join the team of "(.*)"\\.$'), 'actor', 'idea')
          WHEN 'RECRUIT_JOINED' THEN pg_temp.named(regexp_match(message, '^(.*) joined with your invitation\\. You earn your recruitment bonus when they take part\\.$'), 'actor')
          WHEN 'OUTCOME_MARKET_OPENED' THEN pg_temp.named(regexp_match(message, '^A market opened on "(.*)": (.*)$'), 'idea', 'question')
          WHEN 'IDEAS_MERGED' THEN pg_temp.named(regexp_match(message, '^"(.*)" was merged into "(.*)", where its support and discussion now are: (.*)$'), 'source', 'idea', 'why')
          WHEN 'JOIN_ANSWERED' THEN coalesce(
            pg_temp.named(regexp_match(message, '^You joined the team of "(.*)"\\.$'), 'idea') || '{"variant": "requestAccepted"}',
            pg_temp.named(regexp_match(message, '^Your request to join the team of "(.*)" was declined\\.$'), 'idea') || '{"variant": "requestDeclined"}',
            pg_temp.named(regexp_match(message, '^(.*) accepted your invitation to the team of "(.*)"\\.$'), 'actor', 'idea') || '{"variant": "inviteAccepted"}',
            pg_temp.named(regexp_match(message, '^(.*) declined your invitation to the team of "(.*)"\\.$'), 'actor', 'idea') || '{"variant": "inviteDeclined"}')
          WHEN 'BOARD_DECIDED' THEN coalesce(
            pg_temp.named(regexp_match(message, '^The board decided to implement "(.*)"\\.$'), 'idea') || '{"variant": "implement"}',
            pg_temp.named(regexp_match(message, '^The board decided not to implement "(.*)"\\.$'), 'idea') || '{"variant": "reject"}')
          WHEN 'MARKET_SETTLED' THEN
            pg_temp.named(regexp_match(message, '^The market on "(.*)" settled: (YES|NO) shares paid 1\\.00 each\\.$'), 'idea', 'outcome') || '{"variant": "decided"}'
          WHEN 'STAGE_CHANGED' THEN pg_temp.stage_params(regexp_match(message, '^Your idea "(.*)" moved to (buzz|teaming|investment|implemented|rejected|archived): (.*)$'))
          WHEN 'FOLLOWED_IDEA_UPDATED' THEN pg_temp.stage_params(regexp_match(message, '^"(.*)", an idea you follow, moved to (buzz|teaming|investment|implemented|rejected|archived): (.*)$'))
        END
      $$ LANGUAGE sql IMMUTABLE;
    `);
    // Row-level security is forced on the owner too, so the backfill visits one tenant at a time.
    await db.query(`
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          UPDATE idea_stage_events SET (reason_kind, reason_params) = (SELECT r.kind, r.params FROM pg_temp.legacy_reason(reason) r)
           WHERE tenant_id = t;
          UPDATE notifications SET params = pg_temp.legacy_params(kind, message) WHERE tenant_id = t;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;
    `);
    await db.query(`
      ALTER TABLE idea_stage_events ALTER COLUMN reason_kind SET NOT NULL,
        ADD CONSTRAINT idea_stage_events_reason_kind CHECK (reason_kind IN
          ('SUBMITTED', 'WITHDRAWN', 'BUZZ_REACHED', 'BUZZ_EXPIRED', 'FLOATED', 'DECIDED', 'MERGED', 'NOTE'));
      DROP FUNCTION pg_temp.stage_params(text[]);
      DROP FUNCTION pg_temp.legacy_params(text, text);
      DROP FUNCTION pg_temp.named(text[], text[]);
      DROP FUNCTION pg_temp.legacy_reason(text);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE idea_stage_events DROP COLUMN reason_kind, DROP COLUMN reason_params;
      ALTER TABLE notifications DROP COLUMN params;
    `);
  }
}
