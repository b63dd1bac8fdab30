import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { WALLET_REASON_KINDS, walletReasonText, type WalletReasonKind } from '@idea-exchange/wording';
import { WalletReasons1766210000000 } from '../database/migrations/1766210000000-wallet-reasons';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { audit, BUY } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const HISTORY = `{ walletHistory(first: 10) { amount reason reasonKind reasonParams { name value } } }`;
const LANGUAGE = `mutation($language: String) { updateProfile(input: { language: $language }) { language } }`;

interface Line {
  amount: string;
  reason: string;
  reasonKind: string;
  reasonParams: Array<{ name: string; value: string }>;
}

describe('wallet history reasons in each reader’s language', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
  });
  afterAll(() => app.close());

  const history = (member: GivenMember) =>
    app.api.ok<{ walletHistory: Line[] }>(HISTORY, {}, { token: member.token }).then((d) => d.walletHistory);
  const speaks = (member: GivenMember, language: 'en' | 'cy') => app.api.ok(LANGUAGE, { language }, { token: member.token });

  it('keeps each entry’s reason as its kind and values, and words it for the reader', async () => {
    const trader = await given.member(instance);
    const market = await given.openMarket(instance);
    await app.api.ok(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'YES', shares: '10.00', idempotencyKey: 'wallet-reasons-1' } },
      trader,
    );
    await given.settle(instance, market.ideaId, 'YES');

    const english = await history(trader);
    expect(english.map((line) => [line.reasonKind, line.reason])).toEqual([
      ['SETTLED', 'Market settled: YES paid 1.00 a share'],
      ['BOUGHT', 'Bought 10.00 YES shares'],
      ['STARTING_GRANT', 'Starting grant for joining'],
    ]);
    expect(english[1].reasonParams).toEqual([
      { name: 'outcome', value: 'YES' },
      { name: 'shares', value: '10.00' },
    ]);
    expect(english[0].amount).toBe('10.00');

    await speaks(trader, 'cy');
    const welsh = await history(trader);
    expect(welsh.map((line) => line.reason)).toEqual([
      'Marchnad wedi setlo: talodd IE 1.00 y gyfran',
      'Prynwyd 10.00 cyfran IE',
      'Grant cychwynnol am ymuno',
    ]);
    expect(welsh.map((line) => line.reasonKind)).toEqual(english.map((line) => line.reasonKind));
    expect((await audit(app.api, instance.admin)).balanced).toBe(true);
  });

  it('words a Welsh instance’s history in Welsh for a member who never chose a language', async () => {
    const welshInstance = await given.tenant({ settings: { defaultLanguage: 'cy' } });
    const member = await given.member(welshInstance);
    expect((await history(member)).map((line) => line.reason)).toEqual(['Grant cychwynnol am ymuno']);
  });

  it('reads back every sentence the ledger wrote before kinds, word for word, and keeps the rest as written', async () => {
    // The migration runs on a copy of the table in a schema of its own, so the shared one stays untouched.
    const owner = new Client({ connectionString: process.env.IX_TEST_OWNER_URL });
    await owner.connect();
    const schema = `legacy_wallet_${Date.now()}`;
    try {
      await owner.query(`
        CREATE SCHEMA ${schema};
        SET search_path TO ${schema}, pg_temp;
        CREATE TABLE tenants (id uuid PRIMARY KEY);
        CREATE TABLE journal_entries (tenant_id uuid, id serial, reason text NOT NULL);
        CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'append-only'; END $$;
        CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries FOR EACH ROW EXECUTE FUNCTION append_only();
        INSERT INTO tenants VALUES ('${instance.tenant.id}');`);
      const legacy = [
        'Starting grant for joining',
        'Recruitment bonus: a colleague you invited took part',
        'Stage reward: your idea reached teaming',
        'Stage reward: your idea was floated on the market',
        'Stage reward: your idea is being implemented',
        'Market opened: the market maker’s subsidy',
        'Bought 83.17 YES shares',
        'Sold 1250.00 NO shares',
        'Market settled: NO paid 1.00 a share',
        'Bought (raw SQL)',
        'A settlement topped up from the treasury',
      ];
      for (const reason of legacy) {
        await owner.query(`INSERT INTO journal_entries (tenant_id, reason) VALUES ($1, $2)`, [instance.tenant.id, reason]);
      }
      const runner = { query: (sql: string) => owner.query(sql).then((r) => r.rows) } as unknown as QueryRunner;

      await new WalletReasons1766210000000().up(runner);

      const rows = await owner.query<{ reason: string; reason_kind: WalletReasonKind; reason_params: Record<string, string> }>(
        `SELECT reason, reason_kind, reason_params FROM journal_entries ORDER BY id`,
      );
      expect(rows.rows.map((row) => row.reason_kind)).toEqual([
        'STARTING_GRANT',
        'RECRUIT_BONUS',
        'TEAMING_REWARD',
        'INVESTMENT_REWARD',
        'IMPLEMENTED_REWARD',
        'MARKET_OPENED',
        'BOUGHT',
        'SOLD',
        'SETTLED',
        'NOTE',
        'NOTE',
      ]);
      expect(rows.rows[7].reason_params).toEqual({ shares: '1250.00', outcome: 'NO' });
      // Nothing lost: every entry's kind and values word back to the very sentence it had, which it keeps.
      expect(rows.rows.map((row) => walletReasonText('en', { kind: row.reason_kind, params: row.reason_params }))).toEqual(legacy);
      expect(rows.rows.map((row) => row.reason)).toEqual(legacy);
      expect(new Set(rows.rows.map((row) => row.reason_kind))).toEqual(new Set(WALLET_REASON_KINDS));
      // The ledger's guard is back on once the kinds are in.
      await expect(owner.query(`UPDATE journal_entries SET reason = 'changed'`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.query(`DROP SCHEMA ${schema} CASCADE`);
      await owner.end();
    }
  });
});
