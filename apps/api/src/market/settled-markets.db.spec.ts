import { randomUUID } from 'node:crypto';
import { defaultLiquidity, quoteBuySpend } from '@idea-exchange/market-maker';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { buyFor, SELL } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const PAYOUTS = `query($ideaId: ID!) {
  market(ideaId: $ideaId) { open resolution priceYes payouts { member { id displayName } outcome shares paid } }
}`;
const PORTFOLIO = `{ portfolio {
  balance
  positions { ideaId outcome shares value costBasis profit }
  settledPositions { ideaId idea { id } outcome shares paid costBasis profit settledAt market { id resolution } }
} }`;
const TEAM_HOLDINGS = `query($id: ID!) { idea(id: $id) { teamHoldings { member { id } outcome shares } } }`;
const SETTINGS = `{ tenant { settings { liquidity liquidityAutomatic startingGrant } } }`;
const UPDATE_SETTINGS = `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { settings { liquidity liquidityAutomatic } } }`;
const MARKET_LIQUIDITY = `query($ideaId: ID!) { market(ideaId: $ideaId) { liquidity } }`;

interface PayoutRow {
  member: { id: string; displayName: string };
  outcome: 'YES' | 'NO';
  shares: string;
  paid: string;
}
interface SettledRow {
  ideaId: string;
  idea: { id: string };
  outcome: 'YES' | 'NO';
  shares: string;
  paid: string;
  costBasis: string;
  profit: string;
  settledAt: string;
  market: { id: string; resolution: string };
}
interface PortfolioData {
  portfolio: {
    balance: string;
    positions: Array<{ ideaId: string; outcome: string; shares: string; value: string; costBasis: string; profit: string }>;
    settledPositions: SettledRow[];
  };
}

describe('settled markets: payouts, settled positions and liquidity sized to the instance', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => ({ app, given, instance } = await startWithInstance({ settings: { minReviews: 1 } })));
  afterAll(() => app.close());

  const buy = (member: GivenMember, ideaId: string, outcome: 'YES' | 'NO', spend: string) =>
    buyFor(app.api, member, ideaId, outcome, spend);

  it('lists what each holder held when the market settled and what they were paid, winners first', async () => {
    const market = await given.openMarket(instance);
    const [yes, no, both] = [await given.member(instance), await given.member(instance), await given.member(instance)];
    const yesShares = parseAmount((await buy(yes, market.ideaId, 'YES', '30.00')).shares);
    const noShares = parseAmount((await buy(no, market.ideaId, 'NO', '20.00')).shares);
    const bothYes = parseAmount((await buy(both, market.ideaId, 'YES', '5.00')).shares);
    const bothNo = parseAmount((await buy(both, market.ideaId, 'NO', '5.00')).shares);
    const before = await app.api.ok<{ market: { open: boolean; payouts: PayoutRow[] } }>(
      PAYOUTS,
      { ideaId: market.ideaId },
      { token: no.token },
    );
    expect(before.market).toMatchObject({ open: true, payouts: [] });

    await given.settle(instance, market.ideaId, 'YES');

    const { market: settled } = await app.api.ok<{ market: { open: boolean; resolution: string; payouts: PayoutRow[] } }>(
      PAYOUTS,
      { ideaId: market.ideaId },
      { token: no.token },
    );
    expect(settled).toMatchObject({ open: false, resolution: 'YES' });
    expect(settled.payouts.map((p) => [p.member.id, p.outcome, p.shares, p.paid])).toEqual([
      [yes.id, 'YES', formatAmount(yesShares), formatAmount(yesShares)],
      [both.id, 'YES', formatAmount(bothYes), formatAmount(bothYes)],
      ...[
        [no.id, 'NO', formatAmount(noShares), '0.00'],
        [both.id, 'NO', formatAmount(bothNo), '0.00'],
      ].sort((a, b) => (parseAmount(b[2]) > parseAmount(a[2]) ? 1 : -1)),
    ]);
    expect(settled.payouts[0].member.displayName).toBe(yes.displayName);
  });

  it('keeps each settled position in the portfolio with its cost basis, payout and profit, including a partial sale', async () => {
    const market = await given.openMarket(instance);
    const member = await given.member(instance);
    const first = await buy(member, market.ideaId, 'NO', '40.00');
    const sold = parseAmount(first.shares) / 4n;
    await app.api.ok(
      SELL,
      { input: { ideaId: market.ideaId, outcome: 'NO', shares: formatAmount(sold), idempotencyKey: randomUUID() } },
      { token: member.token },
    );
    const open = await app.api.ok<PortfolioData>(PORTFOLIO, {}, { token: member.token });
    const held = open.portfolio.positions.find((p) => p.ideaId === market.ideaId);
    if (!held) throw new Error('the position is missing before settlement');
    expect(parseAmount(held.profit)).toBe(parseAmount(held.value) - parseAmount(held.costBasis));
    // Average cost: three quarters of the shares keep three quarters of what they cost, rounded down.
    const kept = parseAmount(first.shares) - sold;
    expect(held.costBasis).toBe(formatAmount(parseAmount(first.cost) - (parseAmount(first.cost) * sold) / parseAmount(first.shares)));
    const balanceBefore = parseAmount(open.portfolio.balance);

    await given.settle(instance, market.ideaId, 'NO');

    const after = await app.api.ok<PortfolioData>(PORTFOLIO, {}, { token: member.token });
    expect(after.portfolio.positions.some((p) => p.ideaId === market.ideaId)).toBe(false);
    const settled = after.portfolio.settledPositions.filter((p) => p.ideaId === market.ideaId);
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({
      idea: { id: market.ideaId },
      outcome: 'NO',
      shares: formatAmount(kept),
      paid: formatAmount(kept),
      costBasis: held.costBasis,
      profit: formatAmount(kept - parseAmount(held.costBasis)),
      market: { id: market.marketId, resolution: 'NO' },
    });
    // What the portfolio says was paid is what reached the wallet.
    expect(parseAmount(after.portfolio.balance) - balanceBefore).toBe(kept);
  });

  it('shows a losing settled position as paid nothing, its whole cost lost', async () => {
    const market = await given.openMarket(instance);
    const member = await given.member(instance);
    const bought = await buy(member, market.ideaId, 'YES', '12.00');
    await given.settle(instance, market.ideaId, 'NO');
    const { portfolio } = await app.api.ok<PortfolioData>(PORTFOLIO, {}, { token: member.token });
    expect(portfolio.settledPositions.find((p) => p.ideaId === market.ideaId)).toMatchObject({
      shares: bought.shares,
      paid: '0.00',
      costBasis: bought.cost,
      profit: formatAmount(-parseAmount(bought.cost)),
    });
  });

  it('shows the board what the author and the team hold while the market is open, and nobody else', async () => {
    const author = await given.member(instance);
    const idea = await given.idea(instance, author);
    const market = await given.openMarket(instance, { ideaId: idea.id });
    const outsider = await given.member(instance);
    const bought = await buy(author, market.ideaId, 'YES', '10.00');
    await buy(outsider, market.ideaId, 'NO', '10.00');
    const boardMember = await given.member(instance, { role: 'BOARD' });

    const seen = await app.api.ok<{ idea: { teamHoldings: unknown[] } }>(TEAM_HOLDINGS, { id: idea.id }, { token: boardMember.token });
    expect(seen.idea.teamHoldings).toEqual([{ member: { id: author.id }, outcome: 'YES', shares: bought.shares }]);
    const asMember = await app.api.ok<{ idea: { teamHoldings: unknown[] } }>(TEAM_HOLDINGS, { id: idea.id }, { token: outsider.token });
    expect(asMember.idea.teamHoldings).toEqual([]);
  });

  it('sizes a new market to the instance unless the admin set a liquidity, and says which', async () => {
    const sized = await given.tenant({ settings: { liquidityAutomatic: true, startingGrant: 50_000n, minReviews: 1 } });
    await given.members(sized, 15);
    // The admin and fifteen members can trade: sixteen.
    const expected = defaultLiquidity({ startingGrant: 50_000n, members: 16 });
    expect(expected).toBe(100_000n);
    const read = await app.api.ok<{ tenant: { settings: { liquidity: string; liquidityAutomatic: boolean } } }>(
      SETTINGS,
      {},
      { token: sized.admin.token },
    );
    expect(read.tenant.settings).toMatchObject({ liquidity: formatAmount(expected), liquidityAutomatic: true });

    const market = await given.openMarket(sized);
    const opened = await app.api.ok<{ market: { liquidity: string } }>(
      MARKET_LIQUIDITY,
      { ideaId: market.ideaId },
      { token: sized.admin.token },
    );
    expect(opened.market.liquidity).toBe(formatAmount(expected));
    // A tenth of the grant moves the fresh market a few points, not a dozen.
    const trader = await given.member(sized);
    await buy(trader, market.ideaId, 'YES', '50.00');
    const moved = await app.api.ok<{ market: { priceYes: number } }>(PAYOUTS, { ideaId: market.ideaId }, { token: trader.token });
    expect(moved.market.priceYes).toBeCloseTo(
      quoteBuySpend({ liquidity: expected, sharesYes: 0n, sharesNo: 0n }, 'YES', 5_000n).priceYesAfter,
      9,
    );
    expect(moved.market.priceYes - 0.5).toBeLessThan(0.05);

    const set = await app.api.ok<{ updateTenantSettings: { settings: { liquidity: string; liquidityAutomatic: boolean } } }>(
      UPDATE_SETTINGS,
      { input: { liquidity: '250.00' } },
      { token: sized.admin.token },
    );
    expect(set.updateTenantSettings.settings).toEqual({ liquidity: '250.00', liquidityAutomatic: false });
    const next = await given.openMarket(sized);
    const nextRead = await app.api.ok<{ market: { liquidity: string } }>(
      MARKET_LIQUIDITY,
      { ideaId: next.ideaId },
      { token: sized.admin.token },
    );
    expect(nextRead.market.liquidity).toBe('250.00');

    const back = await app.api.ok<{ updateTenantSettings: { settings: { liquidity: string; liquidityAutomatic: boolean } } }>(
      UPDATE_SETTINGS,
      { input: { liquidityAutomatic: true } },
      { token: sized.admin.token },
    );
    expect(back.updateTenantSettings.settings).toEqual({
      liquidity: formatAmount(defaultLiquidity({ startingGrant: 50_000n, members: 17 })),
      liquidityAutomatic: true,
    });
  });

  it('refuses a liquidity and automatic sizing together, and changes nothing', async () => {
    const code = await app.api.code(
      UPDATE_SETTINGS,
      { input: { liquidity: '300.00', liquidityAutomatic: true } },
      { token: instance.admin.token },
    );
    expect(code).toBe('BAD_USER_INPUT');
    const read = await app.api.ok<{ tenant: { settings: { liquidity: string } } }>(SETTINGS, {}, { token: instance.admin.token });
    expect(read.tenant.settings.liquidity).toBe('100.00');
  });
});
