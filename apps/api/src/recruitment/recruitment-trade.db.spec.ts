import { randomUUID } from 'node:crypto';
import { Given } from '../testing/given';
import { BUY } from '../testing/market-operations';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('recruitment: a first trade is taking part', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
  });
  afterAll(() => app.close());

  it('pays the inviter when their recruit’s first action is a trade, in that trade’s transaction', async () => {
    const instance = await given.tenant();
    const inviter = await given.member(instance);
    const recruit = await given.member(instance, { inviteCode: await given.inviteCode(inviter) });
    const { ideaId } = await given.openMarket(instance);

    await app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend: '5.00', idempotencyKey: randomUUID() } }, { token: recruit.token });

    expect(await given.walletBalance(inviter)).toBe(105000n);
    const { recruits } = await app.api.ok<{ recruits: Array<{ tookPart: boolean; bonusPaid: string }> }>(
      '{ recruits { tookPart bonusPaid } }',
      {},
      { token: inviter.token },
    );
    expect(recruits).toEqual([{ tookPart: true, bonusPaid: '50.00' }]);
  });
});
