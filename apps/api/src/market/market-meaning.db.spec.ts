import { randomUUID } from 'node:crypto';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { type Given, type GivenTenant } from '../testing/given';
import { BUY, SELL } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';
import { startWithInstance } from '../testing/app-with-instance';

const CROWD = `query($ideaId: ID!) { market(ideaId: $ideaId) { traders topHolderShare sharesYes sharesNo } }`;
const QUOTE_MEANING = `query($input: QuoteInput!) { quote(input: $input) { shares cost payoutIfWins averagePrice } }`;
const COST_BASIS = `{ portfolio { positions { ideaId outcome shares costBasis } } }`;

describe('what a market means to someone who never traded', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
  });
  afterAll(() => app.close());

  it('counts distinct traders and the largest holder’s part of the outstanding shares', async () => {
    const market = await given.openMarket(instance);
    const [alice, bob] = [await given.member(instance), await given.member(instance)];
    const buy = (token: string, outcome: string, spend: string) =>
      app.api.ok(BUY, { input: { ideaId: market.ideaId, outcome, spend, idempotencyKey: randomUUID() } }, { token });
    await buy(alice.token, 'YES', '30.00');
    await buy(alice.token, 'NO', '5.00');
    await buy(bob.token, 'YES', '10.00');

    const { market: crowd } = await app.api.ok<{
      market: { traders: number; topHolderShare: number; sharesYes: string; sharesNo: string };
    }>(CROWD, { ideaId: market.ideaId }, { token: alice.token });
    const portfolio = await app.api.ok<{ portfolio: { positions: Array<{ ideaId: string; shares: string }> } }>(
      COST_BASIS,
      {},
      {
        token: alice.token,
      },
    );
    const alicesShares = portfolio.portfolio.positions
      .filter((p) => p.ideaId === market.ideaId)
      .reduce((total, p) => total + Number(p.shares), 0);
    expect(crowd.traders).toBe(2);
    expect(crowd.topHolderShare).toBeCloseTo(alicesShares / (Number(crowd.sharesYes) + Number(crowd.sharesNo)), 6);
    expect(crowd.topHolderShare).toBeGreaterThan(0.5);
  });

  it('reads nobody into an untraded market', async () => {
    const market = await given.openMarket(instance);
    const { market: crowd } = await app.api.ok<{ market: { traders: number; topHolderShare: number } }>(
      CROWD,
      { ideaId: market.ideaId },
      {
        token: instance.admin.token,
      },
    );
    expect(crowd).toMatchObject({ traders: 0, topHolderShare: 0 });
  });

  it('quotes what a buy pays if it wins and its average price per share', async () => {
    const market = await given.openMarket(instance);
    const member = await given.member(instance);
    const { quote } = await app.api.ok<{ quote: { shares: string; cost: string; payoutIfWins: string; averagePrice: number } }>(
      QUOTE_MEANING,
      { input: { ideaId: market.ideaId, outcome: 'YES', spend: '20.00' } },
      { token: member.token },
    );
    expect(quote.payoutIfWins).toBe(quote.shares);
    expect(quote.averagePrice).toBeCloseTo(Number(quote.cost) / Number(quote.shares), 9);
    // Buying from 0.50 upwards costs more than 0.50 a share on average, but less than a whole one.
    expect(quote.averagePrice).toBeGreaterThan(0.5);
    expect(quote.averagePrice).toBeLessThan(1);
  });

  it('keeps each position’s cost basis by average cost through buys and a sell', async () => {
    const market = await given.openMarket(instance);
    const member = await given.member(instance);
    const trade = (mutation: string, input: Record<string, unknown>) =>
      app.api.ok(
        mutation,
        { input: { ideaId: market.ideaId, outcome: 'YES', idempotencyKey: randomUUID(), ...input } },
        {
          token: member.token,
        },
      );
    await trade(BUY, { spend: '10.00' });
    await trade(BUY, { spend: '15.00' });
    const before = await app.api.ok<{ portfolio: { positions: Array<{ ideaId: string; shares: string; costBasis: string }> } }>(
      COST_BASIS,
      {},
      { token: member.token },
    );
    const held = before.portfolio.positions.find((p) => p.ideaId === market.ideaId);
    expect(held?.costBasis).toBe('25.00');

    const shares = parseAmount(held?.shares ?? '0');
    await trade(SELL, { shares: formatAmount(shares / 2n) });
    const after = await app.api.ok<{ portfolio: { positions: Array<{ ideaId: string; costBasis: string }> } }>(
      COST_BASIS,
      {},
      {
        token: member.token,
      },
    );
    const remaining = after.portfolio.positions.find((p) => p.ideaId === market.ideaId)?.costBasis;
    // Half the shares sold takes half of the 25.00 basis away, whatever the sale fetched.
    expect(remaining).toBe(formatAmount(2500n - (2500n * (shares / 2n)) / shares));
  });
});
