import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journal entries keep why money moved as a kind and its values, so each member reads their wallet
 * history in their own language. The English sentence stays as it was written. Entries written
 * before are read back from their sentence, whose every shape the ledger wrote is known; anything
 * else becomes NOTE with the sentence as its text, which is what its reader saw before.
 */
export class WalletReasons1766210000000 implements MigrationInterface {
  name = 'WalletReasons1766210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journal_entries
        ADD COLUMN reason_kind text NULL,
        ADD COLUMN reason_params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(reason_params) = 'object');

      CREATE FUNCTION pg_temp.wallet_reason(reason text, OUT kind text, OUT params jsonb) AS $$
        SELECT CASE
          WHEN reason = 'Starting grant for joining' THEN 'STARTING_GRANT'
          WHEN reason = 'Recruitment bonus: a colleague you invited took part' THEN 'RECRUIT_BONUS'
          WHEN reason = 'Stage reward: your idea reached teaming' THEN 'TEAMING_REWARD'
          WHEN reason = 'Stage reward: your idea was floated on the market' THEN 'INVESTMENT_REWARD'
          WHEN reason = 'Stage reward: your idea is being implemented' THEN 'IMPLEMENTED_REWARD'
          WHEN reason = 'Market opened: the market maker’s subsidy' THEN 'MARKET_OPENED'
          WHEN traded IS NOT NULL THEN upper(traded[1])
          WHEN settled IS NOT NULL THEN 'SETTLED'
          ELSE 'NOTE' END,
        CASE
          WHEN traded IS NOT NULL THEN jsonb_build_object('shares', traded[2], 'outcome', traded[3])
          WHEN settled IS NOT NULL THEN jsonb_build_object('outcome', settled[1])
          WHEN reason IN ('Starting grant for joining', 'Recruitment bonus: a colleague you invited took part',
                          'Stage reward: your idea reached teaming', 'Stage reward: your idea was floated on the market',
                          'Stage reward: your idea is being implemented', 'Market opened: the market maker’s subsidy') THEN '{}'::jsonb
          ELSE jsonb_build_object('text', reason) END
        FROM (SELECT regexp_match(reason, '^(Bought|Sold) (\\d+\\.\\d{2}) (YES|NO) shares$') AS traded,
                     regexp_match(reason, '^Market settled: (YES|NO) paid 1\\.00 a share$') AS settled) m
      $$ LANGUAGE sql IMMUTABLE;
    `);
    // The ledger refuses every UPDATE; this one only adds the kind read from each entry's own
    // sentence, which it leaves as it is, so the guard steps aside for it and nothing else.
    // Row-level security is forced on the owner too, so the backfill visits one tenant at a time.
    await db.query(`
      ALTER TABLE journal_entries DISABLE TRIGGER journal_entries_append_only;
      DO $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', t::text, true);
          UPDATE journal_entries SET (reason_kind, reason_params) = (SELECT r.kind, r.params FROM pg_temp.wallet_reason(reason) r)
           WHERE tenant_id = t;
        END LOOP;
        PERFORM set_config('app.tenant_id', '', true);
      END $$;
      ALTER TABLE journal_entries ENABLE TRIGGER journal_entries_append_only;
    `);
    await db.query(`
      ALTER TABLE journal_entries ALTER COLUMN reason_kind SET NOT NULL,
        ADD CONSTRAINT journal_entries_reason_kind CHECK (reason_kind IN ('STARTING_GRANT', 'RECRUIT_BONUS', 'TEAMING_REWARD',
          'INVESTMENT_REWARD', 'IMPLEMENTED_REWARD', 'MARKET_OPENED', 'BOUGHT', 'SOLD', 'SETTLED', 'NOTE'));
      DROP FUNCTION pg_temp.wallet_reason(text);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE journal_entries DROP COLUMN reason_kind, DROP COLUMN reason_params`);
  }
}
