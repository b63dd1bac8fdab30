import { walletReason } from '@idea-exchange/wording';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { formatAmount } from '@idea-exchange/money';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { Given, type GivenTenant } from '../testing/given';
import { audit, BUY, SELL } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';
import { IssuanceService } from './issuance.service';
import { Accounts } from './ledger-accounts';
import { LedgerService } from './ledger.service';

/**
 * The audit reconciles issuance with its rules, trades with their postings and every balance_after
 * chain. Each case below breaks one rule on purpose (as a bug would, through the ledger's own
 * writer or plain SQL under the app's role) in an instance of its own, and expects the audit to
 * name it and stop calling the books balanced.
 */
describe('the ledger audit', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
  });
  afterAll(() => app.close());

  const inTenant = <T>(instance: GivenTenant, work: (tx: TenantTx) => Promise<T>) =>
    app.app.get(Database).withTenant(instance.tenant.id, work);
  const ledger = () => app.app.get(LedgerService);

  async function expectFlagged(instance: GivenTenant, check: string): Promise<void> {
    const result = await audit(app.api, instance.admin);
    expect(result.balanced).toBe(false);
    expect(result.problems.some((problem) => problem.startsWith(`${check}:`))).toBe(true);
  }

  it('names every check it ran, and passes an instance that only went through the services', async () => {
    const instance = await given.tenant();
    const [trader] = await given.members(instance, 1);
    const { ideaId } = await given.openMarket(instance);
    await app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend: '30.00', idempotencyKey: randomUUID() } }, trader);
    await given.settle(instance, ideaId, 'YES');

    const { ledgerAudit } = await app.api.ok<{ ledgerAudit: { balanced: boolean; problems: string[]; checks: string[] } }>(
      '{ ledgerAudit { balanced problems checks } }',
      {},
      instance.admin,
    );
    expect(ledgerAudit).toMatchObject({ balanced: true, problems: [] });
    expect(ledgerAudit.checks).toEqual(
      expect.arrayContaining([
        'member has more than one starting grant',
        'stage reward paid more than once for an idea and stage',
        'recruit bonuses over the monthly cap',
        'market subsidy differs from its rule',
        'trade differs from its postings',
        'balance_after chain broken',
        'treasury moved by an entry that may not move it',
      ]),
    );
  });

  it('finds a second starting grant for one member', async () => {
    const instance = await given.tenant();
    const member = await given.member(instance);
    await inTenant(instance, (tx) => app.app.get(IssuanceService).grantStartingAmount(tx, instance.tenant, member.id));
    await expectFlagged(instance, 'member has more than one starting grant');
  });

  it('finds a stage reward paid twice for the same idea and stage', async () => {
    const instance = await given.tenant();
    const author = await given.member(instance);
    const idea = await given.idea(instance, author);
    const twice = { kind: 'STAGE_REWARD' as const, reason: walletReason.stageReward('TEAMING'), ideaId: idea.id };
    for (let i = 0; i < 2; i++) {
      await inTenant(instance, (tx) =>
        ledger().post(tx, {
          ...twice,
          postings: [
            { account: Accounts.treasury(), amount: -100n },
            { account: Accounts.wallet(author.id), amount: 100n },
          ],
        }),
      );
    }
    await expectFlagged(instance, 'stage reward paid more than once for an idea and stage');
  });

  it('finds recruit bonuses paid for recruits who never took part', async () => {
    const instance = await given.tenant();
    const inviter = await given.member(instance);
    await inTenant(instance, (tx) => app.app.get(IssuanceService).payRecruitBonus(tx, instance.tenant, inviter.id));
    await expectFlagged(instance, 'recruit bonuses without recruits who took part');
  });

  it('finds a market given a second subsidy', async () => {
    const instance = await given.tenant();
    const market = await given.openMarket(instance);
    await inTenant(instance, (tx) =>
      ledger().post(tx, {
        kind: 'MARKET_SUBSIDY',
        reason: walletReason.note('A second subsidy'),
        ideaId: market.ideaId,
        postings: [
          { account: Accounts.treasury(), amount: -500n },
          { account: Accounts.pool(market.marketId), amount: 500n },
        ],
      }),
    );
    await expectFlagged(instance, 'market subsidy differs from its rule');
  });

  it('finds a trade row that no longer matches its postings', async () => {
    const instance = await given.tenant();
    const trader = await given.member(instance);
    const { ideaId } = await given.openMarket(instance);
    await app.api.ok(BUY, { input: { ideaId, outcome: 'NO', spend: '10.00', idempotencyKey: randomUUID() } }, trader);
    await inTenant(instance, (tx) => tx.query('UPDATE trades SET cost = cost - 1 WHERE tenant_id = $1', [tx.tenantId]));
    await expectFlagged(instance, 'trade differs from its postings');
  });

  it('finds a broken balance_after chain', async () => {
    const instance = await given.tenant();
    const member = await given.member(instance);
    await inTenant(instance, async (tx) => {
      const [entry] = await tx.query<{ id: string }>(
        `INSERT INTO journal_entries (tenant_id, kind, reason, reason_kind, reason_params, member_id)
         VALUES ($1, 'STAGE_REWARD', 'Written around the ledger', 'NOTE', '{"text": "Written around the ledger"}', $2) RETURNING id`,
        [tx.tenantId, member.id],
      );
      const accounts = await tx.query<{ id: string; kind: string; balance: string }>(
        `SELECT id, kind, balance FROM ledger_accounts WHERE tenant_id = $1 AND (kind = 'TREASURY' OR member_id = $2)`,
        [tx.tenantId, member.id],
      );
      for (const account of accounts) {
        const amount = account.kind === 'TREASURY' ? -1n : 1n;
        // The wallet's balance_after skips ahead by 5: the chain no longer adds up.
        const after = BigInt(account.balance) + amount + (account.kind === 'TREASURY' ? 0n : 5n);
        await tx.query('INSERT INTO postings (tenant_id, entry_id, account_id, amount, balance_after) VALUES ($1, $2, $3, $4, $5)', [
          tx.tenantId,
          entry.id,
          account.id,
          amount.toString(),
          after.toString(),
        ]);
        await tx.query('UPDATE ledger_accounts SET balance = balance + $3 WHERE tenant_id = $1 AND id = $2', [
          tx.tenantId,
          account.id,
          amount.toString(),
        ]);
      }
    });
    await expectFlagged(instance, 'balance_after chain broken');
  });

  it('finds a settlement that drew on the treasury', async () => {
    const instance = await given.tenant();
    const member = await given.member(instance);
    await inTenant(instance, (tx) =>
      ledger().post(tx, {
        kind: 'SETTLEMENT',
        reason: walletReason.note('A settlement topped up from the treasury'),
        postings: [
          { account: Accounts.treasury(), amount: -100n },
          { account: Accounts.wallet(member.id), amount: 100n },
        ],
      }),
    );
    await expectFlagged(instance, 'treasury moved by an entry that may not move it');
  });

  it('reconciles whatever members trade, and however the board settles it', async () => {
    const instance = await given.tenant();
    const traders = await given.members(instance, 3);
    const judges = await given.members(instance, 2, { role: 'BOARD' });
    const trade = fc.record({
      who: fc.integer({ min: 0, max: 2 }),
      outcome: fc.constantFrom('YES', 'NO'),
      shares: fc.integer({ min: 1, max: 5000 }),
      sell: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(trade, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<'YES' | 'NO'>('YES', 'NO'),
        async (trades, outcome) => {
          const { ideaId } = await given.openMarket(instance);
          for (const t of trades) {
            const input = { ideaId, outcome: t.outcome, shares: formatAmount(BigInt(t.shares)) };
            await app.api.request(t.sell ? SELL : BUY, { input: { ...input, idempotencyKey: randomUUID() } }, traders[t.who]);
          }
          expect(await audit(app.api, instance.admin)).toMatchObject({ balanced: true, problems: [] });
          await given.settle(instance, ideaId, outcome, { judges });
          expect(await audit(app.api, instance.admin)).toMatchObject({ balanced: true, problems: [] });
        },
      ),
      { numRuns: 6 },
    );
  });
});
