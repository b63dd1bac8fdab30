import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An instance's market liquidity becomes optional: null sizes each new market to the instance
 * (its starting grant and members, libs/market-maker's defaultLiquidity). Instances still on the
 * old fixed default (100.00, which let one member's stake move a price by a dozen points) are
 * sized from now on; a liquidity an admin chose otherwise stays.
 */
export class SizedLiquidity1766160000000 implements MigrationInterface {
  name = 'SizedLiquidity1766160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenants ALTER COLUMN liquidity DROP NOT NULL, ALTER COLUMN liquidity DROP DEFAULT`);
    await db.query(`UPDATE tenants SET liquidity = NULL WHERE liquidity = 10000`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE tenants SET liquidity = 10000 WHERE liquidity IS NULL`);
    await db.query(`ALTER TABLE tenants ALTER COLUMN liquidity SET DEFAULT 10000, ALTER COLUMN liquidity SET NOT NULL`);
  }
}
