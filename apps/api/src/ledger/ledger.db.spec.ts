import { walletReason } from '@idea-exchange/wording';
import { Client } from 'pg';
import { Database } from '../database/database.service';
import { Given, type GivenTenant } from '../testing/given';
import { audit, WALLET_HISTORY } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
import { IssuanceService } from './issuance.service';
import { Accounts } from './ledger-accounts';
import { LedgerService } from './ledger.service';

const BALANCE = 'query($id: ID!) { member(id: $id) { id balance } }';

describe('the ledger', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let db: Database;
  let ledger: LedgerService;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    db = app.app.get(Database);
    ledger = app.app.get(LedgerService);
    instance = await given.tenant({ settings: { startingGrant: 50000n, recruitBonus: 2500n, recruitBonusMonthlyCap: 2 } });
  });
  afterAll(() => app.close());

  describe('issuing currency from the treasury', () => {
    it('grants the starting amount to a member as they join, shown in their wallet history', async () => {
      const member = await given.member(instance);

      expect(await given.walletBalance(member)).toBe(50000n);
      const { walletHistory } = await app.api.ok<{ walletHistory: Array<{ amount: string; balanceAfter: string; reason: string }> }>(
        WALLET_HISTORY,
        {},
        { token: member.token },
      );
      expect(walletHistory).toEqual([
        expect.objectContaining({ amount: '500.00', balanceAfter: '500.00', reason: 'Starting grant for joining' }),
      ]);
    });

    it("grants the instance's first admin the starting amount too", async () => {
      const fresh = await given.tenant();
      expect(await given.walletBalance(fresh.admin)).toBe(fresh.tenant.startingGrant);
    });

    it('pays an inviter the recruitment bonus at most the monthly cap times a calendar month', async () => {
      const inviter = await given.member(instance);
      const code = await given.inviteCode(inviter);

      // Each recruit takes part by posting an idea; the cap here is two a month.
      for (let i = 0; i < 3; i++) await given.idea(instance, await given.member(instance, { inviteCode: code }));

      expect(await given.walletBalance(inviter)).toBe(50000n + 2n * 2500n);
    });

    it('pays a stage reward once per idea and stage, however often it is asked', async () => {
      const [author, teammate] = await given.members(instance, 2);
      const { ideaId } = await given.openMarket(instance);
      const issuance = app.app.get(IssuanceService);

      const pay = () =>
        db.withTenant(instance.tenant.id, (tx) => issuance.reward(tx, instance.tenant, 'IMPLEMENTED', ideaId, [author.id, teammate.id]));
      expect(await pay()).toBe(true);
      expect(await pay()).toBe(false);

      expect(await given.walletBalance(author)).toBe(50000n + instance.tenant.implementedReward);
      expect(await given.walletBalance(teammate)).toBe(50000n + instance.tenant.implementedReward);
    });
  });

  describe('posting entries', () => {
    it('refuses an entry that does not balance per asset, and moves nothing', async () => {
      const member = await given.member(instance);
      const attempt = db.withTenant(instance.tenant.id, (tx) =>
        ledger.post(tx, {
          kind: 'STARTING_GRANT',
          reason: walletReason.note('Unbalanced'),
          postings: [
            { account: Accounts.treasury(), amount: -100n },
            { account: Accounts.wallet(member.id), amount: 101n },
          ],
        }),
      );

      await expect(attempt).rejects.toThrow(/does not balance/);
      expect(await given.walletBalance(member)).toBe(50000n);
    });

    it('refuses to overdraw a wallet with INSUFFICIENT_FUNDS, and moves nothing', async () => {
      const [payer, payee] = await given.members(instance, 2);
      const attempt = db.withTenant(instance.tenant.id, (tx) =>
        ledger.post(tx, {
          kind: 'TRADE',
          reason: walletReason.note('Too much'),
          postings: [
            { account: Accounts.wallet(payer.id), amount: -50001n },
            { account: Accounts.wallet(payee.id), amount: 50001n },
          ],
        }),
      );

      await expect(attempt).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
      expect(await given.walletBalance(payer)).toBe(50000n);
      expect(await given.walletBalance(payee)).toBe(50000n);
    });

    it('keeps the books balanced after all of the above', async () => {
      const result = await audit(app.api, { token: instance.admin.token });
      expect(result).toMatchObject({ balanced: true, problems: [] });
      expect(result.issued).toBe(result.circulating);
    });
  });

  describe('in PostgreSQL, under the app role', () => {
    let sql: Client;
    beforeAll(async () => {
      sql = new Client({ connectionString: app.urls.appUrl });
      await sql.connect();
    });
    afterAll(() => sql.end());

    async function scoped<T>(work: () => Promise<T>): Promise<T> {
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [instance.tenant.id]);
        return await work();
      } finally {
        await sql.query('ROLLBACK');
      }
    }

    it('keeps journal entries and postings append-only', async () => {
      await scoped(() => expect(sql.query(`UPDATE journal_entries SET reason = 'rewritten'`)).rejects.toThrow(/append-only/));
      await scoped(() => expect(sql.query('DELETE FROM postings')).rejects.toThrow(/append-only/));
    });

    it('refuses a negative wallet balance even if code tried to write one', async () => {
      await scoped(() =>
        expect(sql.query(`UPDATE ledger_accounts SET balance = -1 WHERE kind = 'WALLET'`)).rejects.toThrow(/ledger_accounts_not_negative/),
      );
    });

    it('refuses at commit an entry whose postings do not balance', async () => {
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [instance.tenant.id]);
        const { rows } = await sql.query<{ id: string }>(
          `INSERT INTO journal_entries (tenant_id, kind, reason, reason_kind, reason_params)
           VALUES ($1, 'STAGE_REWARD', 'Forged', 'NOTE', '{"text": "Forged"}') RETURNING id`,
          [instance.tenant.id],
        );
        const { rows: wallet } = await sql.query<{ id: string }>(`SELECT id FROM ledger_accounts WHERE kind = 'WALLET' LIMIT 1`);
        await sql.query(`INSERT INTO postings (tenant_id, entry_id, account_id, amount, balance_after) VALUES ($1, $2, $3, 1, 1)`, [
          instance.tenant.id,
          rows[0].id,
          wallet[0].id,
        ]);
        await expect(sql.query('COMMIT')).rejects.toThrow(/does not balance/);
      } finally {
        await sql.query('ROLLBACK');
      }
    });
  });

  describe("a member's balance", () => {
    it('is visible to the member and to admins, and refused to other members', async () => {
      const [member, other] = await given.members(instance, 2);

      const own = await app.api.ok<{ member: { balance: string } }>(BALANCE, { id: member.id }, { token: member.token });
      const byAdmin = await app.api.ok<{ member: { balance: string } }>(BALANCE, { id: member.id }, { token: instance.admin.token });
      const byOther = await app.api.request(BALANCE, { id: member.id }, { token: other.token });

      expect(own.member.balance).toBe('500.00');
      expect(byAdmin.member.balance).toBe('500.00');
      expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
