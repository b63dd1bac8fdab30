import { walletReason } from '@idea-exchange/wording';
import { Accounts } from '../ledger/ledger-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Database } from './database.service';
import type { TenantTx } from './tenant-transaction';

/**
 * Transactions that post several entries (a decision's payouts, a float, a sign-up with its
 * recruit bonus) run with `retries`: a deadlock or serialization failure rolls all of them back
 * and the work runs again. These make both failures happen for real on PostgreSQL.
 */
describe('a tenant transaction retried after a conflict', () => {
  let app: TestApp;
  let given: Given;
  let db: Database;
  let ledger: LedgerService;
  let instance: GivenTenant;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    db = app.app.get(Database);
    ledger = app.app.get(LedgerService);
    instance = await given.tenant();
  });
  afterAll(() => app.close());

  const codeOf = (error: unknown) =>
    (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code ?? 'none';

  /** Two entries to one wallet from the treasury, as a payout with its bonus would be. */
  async function payTwice(tx: TenantTx, member: GivenMember, reason: string): Promise<void> {
    for (const part of ['first', 'second']) {
      await ledger.post(tx, {
        kind: 'STAGE_REWARD',
        reason: walletReason.note(`${reason} (${part})`),
        memberId: member.id,
        postings: [
          { account: Accounts.treasury(), amount: -700n },
          { account: Accounts.wallet(member.id), amount: 700n },
        ],
      });
    }
  }

  async function entriesWith(reason: string): Promise<number> {
    const [row] = await db.withTenant(instance.tenant.id, (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM journal_entries WHERE reason LIKE $1', [`${reason}%`]),
    );
    return row.n;
  }

  async function waitUntilBlocked(pid: number): Promise<void> {
    for (let tries = 0; tries < 500; tries++) {
      const [row] = await db.dataSource.query('SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND NOT granted', [pid]);
      if (row.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`backend ${pid} never waited for a lock`);
  }

  it('runs again after losing a deadlock, and its entries are posted once', async () => {
    const [payee, other] = await given.members(instance, 2);
    const before = await given.walletBalance(payee);
    const reason = `Deadlocked payout ${payee.id}`;
    let attempts = 0;
    const failures: string[] = [];
    let watching: Promise<void> | undefined;
    let blocked!: () => void;
    const workWaits = new Promise<void>((resolve) => (blocked = resolve));

    // Holds the other member's row, then (once the payout waits for it) wants the payee's wallet,
    // which the payout holds: a cycle PostgreSQL breaks by failing the one that waited first.
    let heldOther!: () => void;
    const otherHeld = new Promise<void>((resolve) => (heldOther = resolve));
    const blocker = db.withTenant(instance.tenant.id, async (tx) => {
      await tx.query('SELECT 1 FROM members WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tx.tenantId, other.id]);
      heldOther();
      await workWaits;
      await tx.query(`SELECT 1 FROM ledger_accounts WHERE tenant_id = $1 AND kind = 'WALLET' AND member_id = $2 FOR UPDATE`, [
        tx.tenantId,
        payee.id,
      ]);
    });
    await otherHeld;

    const payout = db.withTenant(
      instance.tenant.id,
      async (tx) => {
        attempts += 1;
        const [{ pid }] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await payTwice(tx, payee, reason);
        const locking = tx.query('SELECT 1 FROM members WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tx.tenantId, other.id]);
        if (attempts === 1) watching = waitUntilBlocked(pid).finally(blocked);
        try {
          await locking;
        } catch (error) {
          failures.push(codeOf(error));
          throw error;
        }
        return attempts;
      },
      { retries: 2 },
    );

    await expect(payout).resolves.toBe(2);
    await expect(blocker).resolves.toBeUndefined();
    await watching;
    expect(failures).toEqual(['40P01']);
    expect(await entriesWith(reason)).toBe(2);
    expect(await given.walletBalance(payee)).toBe(before + 1400n);
  });

  it('runs again after a serialization failure, and its entries are posted once', async () => {
    const [payee] = await given.members(instance, 1);
    const before = await given.walletBalance(payee);
    const reason = `Serialized payout ${payee.id}`;
    let attempts = 0;
    const failures: string[] = [];

    const paid = await db.withTenant(
      instance.tenant.id,
      async (tx) => {
        attempts += 1;
        // The snapshot is taken here; on the first attempt another transaction then pays the same wallet and commits.
        await tx.query('SELECT count(*) FROM journal_entries WHERE tenant_id = $1', [tx.tenantId]);
        if (attempts === 1) await db.withTenant(instance.tenant.id, (other) => payTwice(other, payee, `${reason} elsewhere`));
        try {
          await payTwice(tx, payee, reason);
        } catch (error) {
          failures.push(codeOf(error));
          throw error;
        }
        return attempts;
      },
      { isolation: 'REPEATABLE READ', retries: 1 },
    );

    expect(paid).toBe(2);
    expect(failures).toEqual(['40001']);
    expect(await entriesWith(`${reason} (`)).toBe(2);
    expect(await given.walletBalance(payee)).toBe(before + 2n * 1400n);
  });

  it('gives up after its retries, rolling everything back', async () => {
    const [payee] = await given.members(instance, 1);
    const before = await given.walletBalance(payee);
    const reason = `Unlucky payout ${payee.id}`;
    let attempts = 0;

    const outcome = db.withTenant(
      instance.tenant.id,
      async (tx) => {
        attempts += 1;
        await tx.query('SELECT count(*) FROM journal_entries WHERE tenant_id = $1', [tx.tenantId]);
        await db.withTenant(instance.tenant.id, (other) => payTwice(other, payee, `${reason} elsewhere ${attempts}`));
        await payTwice(tx, payee, reason);
      },
      { isolation: 'REPEATABLE READ', retries: 1 },
    );

    await expect(outcome.catch(codeOf)).resolves.toBe('40001');
    expect(attempts).toBe(2);
    expect(await entriesWith(`${reason} (`)).toBe(0);
    expect(await given.walletBalance(payee)).toBe(before + 2n * 1400n);
  });
});
