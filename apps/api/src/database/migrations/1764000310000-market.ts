import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation.sql';

/**
 * One binary market per floated idea, and its trades. The market row holds the LMSR state
 * (outstanding shares, equal to the ledger's positions) and is the lock that serialises trades.
 * Trades double as the price history: each keeps the price it left behind.
 */
export class Market1764000310000 implements MigrationInterface {
  name = 'Market1764000310000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE markets (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL,
        liquidity bigint NOT NULL CHECK (liquidity > 0),
        subsidy bigint NOT NULL CHECK (subsidy >= 0),
        shares_yes bigint NOT NULL DEFAULT 0 CHECK (shares_yes >= 0),
        shares_no bigint NOT NULL DEFAULT 0 CHECK (shares_no >= 0),
        price_yes double precision NOT NULL DEFAULT 0.5 CHECK (price_yes > 0 AND price_yes < 1),
        volume bigint NOT NULL DEFAULT 0 CHECK (volume >= 0),
        trade_count integer NOT NULL DEFAULT 0 CHECK (trade_count >= 0),
        open boolean NOT NULL DEFAULT true,
        resolution text CHECK (resolution IN ('YES', 'NO')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        settled_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT markets_one_per_idea UNIQUE (tenant_id, idea_id),
        FOREIGN KEY (tenant_id, idea_id) REFERENCES ideas (tenant_id, id),
        CHECK (open = (resolution IS NULL) AND open = (settled_at IS NULL))
      );
      CREATE INDEX markets_open_idx ON markets (tenant_id, opened_at DESC) WHERE open;

      ALTER TABLE ledger_accounts
        ADD CONSTRAINT ledger_accounts_market_fk FOREIGN KEY (tenant_id, market_id) REFERENCES markets (tenant_id, id);

      CREATE TABLE trades (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        market_id uuid NOT NULL,
        member_id uuid NOT NULL,
        entry_id bigint NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('YES', 'NO')),
        shares bigint NOT NULL,
        cost bigint NOT NULL,
        price_yes_after double precision NOT NULL CHECK (price_yes_after > 0 AND price_yes_after < 1),
        balance_after bigint NOT NULL CHECK (balance_after >= 0),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        -- Invariant 4: a retried key finds the first trade and can never move value twice.
        CONSTRAINT trades_idempotency_key UNIQUE (tenant_id, member_id, idempotency_key),
        FOREIGN KEY (tenant_id, market_id) REFERENCES markets (tenant_id, id),
        FOREIGN KEY (tenant_id, member_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, entry_id) REFERENCES journal_entries (tenant_id, id),
        CHECK ((shares > 0 AND cost > 0) OR (shares < 0 AND cost <= 0))
      );
      CREATE INDEX trades_market_idx ON trades (tenant_id, market_id, created_at DESC);
    `);
    await db.query(enableTenantIsolation('markets', 'trades'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE trades;
      ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_market_fk;
      DROP TABLE markets;
    `);
  }
}
