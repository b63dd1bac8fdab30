import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * The double-entry ledger: accounts with balances in integer hundredths, and append-only journal
 * entries whose postings sum to zero per asset. Only LedgerService.post writes these tables.
 * Assets are the currency ('CURRENCY') and each market outcome's shares ('<market id>:YES').
 */
export class Ledger1764000300000 implements MigrationInterface {
  name = 'Ledger1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_accounts (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TREASURY', 'WALLET', 'POOL', 'POSITION', 'SHARES_ISSUED')),
        asset text NOT NULL,
        member_id uuid,
        market_id uuid,
        outcome text CHECK (outcome IN ('YES', 'NO')),
        balance bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT ledger_accounts_key UNIQUE (tenant_id, key),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        -- Invariant 2: wallets, pools and positions never go below zero. The issuers (treasury,
        -- and each outcome's share issuer) hold minus what they have issued, never more than zero.
        CONSTRAINT ledger_accounts_not_negative CHECK (kind IN ('TREASURY', 'SHARES_ISSUED') OR balance >= 0),
        CONSTRAINT ledger_accounts_issuer_not_positive CHECK (kind NOT IN ('TREASURY', 'SHARES_ISSUED') OR balance <= 0),
        CHECK ((kind IN ('WALLET', 'POSITION')) = (member_id IS NOT NULL)),
        CHECK ((kind IN ('POOL', 'POSITION', 'SHARES_ISSUED')) = (market_id IS NOT NULL)),
        CHECK ((kind IN ('POSITION', 'SHARES_ISSUED')) = (outcome IS NOT NULL)),
        CHECK (asset = CASE WHEN outcome IS NULL THEN 'CURRENCY' ELSE market_id::text || ':' || outcome END)
      );
      CREATE INDEX ledger_accounts_member_idx ON ledger_accounts (tenant_id, member_id, kind) WHERE member_id IS NOT NULL;
      CREATE INDEX ledger_accounts_market_idx ON ledger_accounts (tenant_id, market_id, kind) WHERE market_id IS NOT NULL;

      -- The high-volume tables (entries, postings, trades) reach their tenant through their
      -- composite keys only: a direct key to the one tenants row would make every trade of an
      -- instance lock that row (FOR KEY SHARE) and queue on it.
      CREATE TABLE journal_entries (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL CHECK (kind IN ('STARTING_GRANT', 'RECRUIT_BONUS', 'STAGE_REWARD', 'MARKET_SUBSIDY', 'TRADE', 'SETTLEMENT')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        member_id uuid,
        idea_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        -- idea_id names the idea an entry concerns, for wallet history; it is not a key, so a
        -- trade never locks the idea row that support and comments lock.
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX journal_entries_kind_member_idx ON journal_entries (tenant_id, kind, member_id, created_at);

      CREATE TABLE postings (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        entry_id bigint NOT NULL,
        account_id uuid NOT NULL,
        amount bigint NOT NULL CHECK (amount <> 0),
        balance_after bigint NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, entry_id, account_id),
        FOREIGN KEY (tenant_id, entry_id) REFERENCES journal_entries (tenant_id, id),
        FOREIGN KEY (tenant_id, account_id) REFERENCES ledger_accounts (tenant_id, id)
      );
      CREATE INDEX postings_account_idx ON postings (tenant_id, account_id, entry_id DESC);

      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
        FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
      CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
      CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE ON postings
        FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
      CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON postings
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

      -- Invariant 1, checked by the database at commit as well as by the service: an entry has
      -- postings, and they sum to zero per asset.
      CREATE FUNCTION journal_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM postings p WHERE p.tenant_id = NEW.tenant_id AND p.entry_id = NEW.id)
           OR EXISTS (
             SELECT 1 FROM postings p
               JOIN ledger_accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
              WHERE p.tenant_id = NEW.tenant_id AND p.entry_id = NEW.id
              GROUP BY a.asset HAVING sum(p.amount) <> 0) THEN
          RAISE EXCEPTION 'journal entry % does not balance per asset', NEW.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balances();
    `);
    await db.query(enableTenantIsolation('ledger_accounts', 'journal_entries', 'postings'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE postings; DROP TABLE journal_entries; DROP TABLE ledger_accounts;
      DROP FUNCTION journal_entry_balances(); DROP FUNCTION ledger_append_only();
    `);
  }
}
