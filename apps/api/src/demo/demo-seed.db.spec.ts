import { LedgerAuditService } from '../ledger/ledger-audit.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { demoInstance } from '../testing/demo-instance';
import { DEMO_PASSWORD } from './demo-seed';

const DAY = 24 * 60 * 60 * 1000;
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';
const IDEAS = '{ ideas(first: 20) { edges { node { id title stage } } } }';
const PRICES = 'query($id: ID!) { priceHistory(ideaId: $id) { at priceYes } market(ideaId: $id) { traders } }';
const WALLET = '{ walletHistory(first: 100) { at amount balanceAfter } }';

interface Idea {
  id: string;
  title: string;
  stage: string;
}

describe('the demo instance', () => {
  let app: TestApp;
  let tenantId: string;
  let seededAt: number;

  beforeAll(async () => {
    app = await startTestApp();
    seededAt = Date.now();
    tenantId = await demoInstance(app);
  });
  afterAll(() => app.close());

  const logIn = async (name: string) =>
    (
      await app.api.ok<{ logIn: { token: string } }>(LOG_IN, {
        input: { tenantSlug: 'demo', email: `${name}@demo.gov.uk`, password: DEMO_PASSWORD },
      })
    ).logIn.token;

  it('has markets traded by several members over past weeks, with the ledger balanced', async () => {
    const token = await logIn('ada');
    const ideas = (await app.api.ok<{ ideas: { edges: Array<{ node: Idea }> } }>(IDEAS, {}, { token })).ideas.edges.map((e) => e.node);
    const floated = ideas.filter((idea) => idea.stage === 'INVESTMENT');
    const decided = ideas.filter((idea) => idea.stage === 'IMPLEMENTED' || idea.stage === 'REJECTED');
    expect(floated).toHaveLength(1);
    expect(decided).toHaveLength(2);

    for (const idea of [...floated, ...decided]) {
      const { priceHistory: prices, market } = await app.api.ok<{
        priceHistory: Array<{ at: string; priceYes: number }>;
        market: { traders: number };
      }>(PRICES, { id: idea.id }, { token });
      expect(market.traders).toBeGreaterThanOrEqual(5);
      const moments = prices.map((point) => Date.parse(point.at));
      // Opened at 50%, then traded on many days over more than ten days, all before the seed ran.
      expect(prices[0].priceYes).toBe(0.5);
      expect(prices.length).toBeGreaterThan(15);
      expect(moments).toEqual([...moments].sort((a, b) => a - b));
      expect(moments[moments.length - 1] - moments[0]).toBeGreaterThan(10 * DAY);
      expect(moments[moments.length - 1]).toBeLessThan(seededAt);
      expect(new Set(prices.map((point) => point.at.slice(0, 10))).size).toBeGreaterThan(7);
      // Members trade on working days, in office hours (UTC), as a living instance's would.
      for (const at of moments.slice(1).map((ms) => new Date(ms))) {
        expect([0, 6]).not.toContain(at.getUTCDay());
        expect(at.getUTCHours() * 60 + at.getUTCMinutes()).toBeGreaterThanOrEqual(8 * 60 + 30);
        expect(at.getUTCHours()).toBeLessThan(18);
      }
      // The price drifted: the crowd came to a view, not a flat line.
      const range = Math.max(...prices.map((p) => p.priceYes)) - Math.min(...prices.map((p) => p.priceYes));
      expect(range).toBeGreaterThan(0.1);
    }

    // Ada's wallet reads in date order: each balance is the one before it plus the entry.
    const wallet = (await app.api.ok<{ walletHistory: Array<{ at: string; amount: string; balanceAfter: string }> }>(WALLET, {}, { token }))
      .walletHistory;
    const oldestFirst = [...wallet].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const hundredths = (amount: string) => BigInt(amount.replace('.', ''));
    for (let i = 1; i < oldestFirst.length; i++) {
      expect(hundredths(oldestFirst[i].balanceAfter)).toBe(hundredths(oldestFirst[i - 1].balanceAfter) + hundredths(oldestFirst[i].amount));
    }
    expect(seededAt - Date.parse(oldestFirst[0].at)).toBeGreaterThan(40 * DAY);

    const audit = await app.app.get(LedgerAuditService).audit(tenantId);
    expect(audit.problems).toEqual([]);
    expect(audit.balanced).toBe(true);
  });

  it('leaves work outside the story in real time', async () => {
    const token = await logIn('grace');
    const before = Date.now();
    const idea = await app.api.ok<{ submitIdea: { createdAt: string } }>(
      'mutation { submitIdea(input: { title: "Written after the story", description: "Stamped with the real time." }) { createdAt } }',
      {},
      { token },
    );
    expect(Date.parse(idea.submitIdea.createdAt)).toBeGreaterThanOrEqual(before - 1_000);
  });
});
