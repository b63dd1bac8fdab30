import { MIN_SECTION_LENGTH } from '@idea-exchange/stage-rules';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import type { IdeaEntity } from '../ideas/idea.entity';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const words = (word: string) => Array.from({ length: MIN_SECTION_LENGTH }, () => word).join(' ');
const CASE = {
  problem: words('paper'),
  proposal: words('digital'),
  benefits: words('saving'),
  estimatedAnnualSaving: '40000.00',
  oneOffCost: '5000.00',
  runningCost: '1000.00',
  risks: words('adoption'),
  measuresOfSuccess: words('usage'),
};
const FLOAT = 'mutation($id: ID!) { floatIdea(ideaId: $id) { id stage market { open priceYes } } }';
const REVIEW = `mutation($input: ReviewInput!) { reviewIdea(input: $input) { id strategicFit comment reviewer { id } } }`;
const DECIDE = `mutation($input: DecideInput!) { decideIdea(input: $input) { id stage decision { decision rationale priceYesAtDecision decidedBy { id } } market { open resolution } } }`;
const BUY = `mutation($input: BuyInput!) { buyShares(input: $input) { shares cost balanceAfter } }`;
const BALANCE = '{ portfolio { balance } }';
const AUDIT = '{ ledgerAudit { balanced issued circulating entries } }';
const review = (ideaId: string, comment = 'Sound case, clear measures.') => ({
  input: { ideaId, strategicFit: 4, valueForMoney: 5, feasibility: 3, risk: 2, comment },
});

describe('the investment board, from a formed team to a decision that settles the market', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let lead: GivenMember;
  let teammates: GivenMember[];
  let boardA: GivenMember;
  let boardB: GivenMember;
  let traders: GivenMember[];
  let idea: IdeaEntity;

  const balance = async (m: GivenMember) =>
    parseAmount((await app.api.ok<{ portfolio: { balance: string } }>(BALANCE, {}, { token: m.token })).portfolio.balance);

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({
      settings: { buzzThreshold: 1, minTeamSize: 3, minReviews: 2, investmentReward: 5000n, implementedReward: 20000n, liquidity: 10000n },
    }));
    lead = await given.member(instance, { displayName: 'Lead' });
    teammates = await given.members(instance, 2);
    [boardA, boardB] = await given.members(instance, 2, { role: 'BOARD' });
    traders = await given.members(instance, 2);
    idea = await given.teamingIdea(instance, lead);
    for (const mate of teammates) {
      const { requestToJoin } = await app.api.ok<{ requestToJoin: { id: string } }>(
        'mutation($id: ID!) { requestToJoin(ideaId: $id) { id } }',
        { id: idea.id },
        { token: mate.token },
      );
      await app.api.ok(
        'mutation($id: ID!) { answerJoinRequest(requestId: $id, accept: true) { id } }',
        { id: requestToJoin.id },
        { token: lead.token },
      );
    }
  });
  afterAll(() => app.close());

  it('refuses to float before the case is complete, and lets only the lead float', async () => {
    const refused = await app.api.request(FLOAT, { id: idea.id }, { token: lead.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', missing: ['a business case'] });
    await app.api.ok(
      'mutation($id: ID!, $input: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $input) { id } }',
      { id: idea.id, input: CASE },
      { token: teammates[0].token },
    );
    expect(await app.api.code(FLOAT, { id: idea.id }, { token: teammates[0].token })).toBe('FORBIDDEN');
  });

  it('floats: the idea moves to INVESTMENT, its market opens at 50%, and the team is rewarded', async () => {
    const before = await Promise.all([lead, ...teammates].map(balance));
    const floated = await app.api.ok<{ floatIdea: { stage: string; market: { open: boolean; priceYes: number } } }>(
      FLOAT,
      { id: idea.id },
      { token: lead.token },
    );
    expect(floated.floatIdea).toMatchObject({ stage: 'INVESTMENT', market: { open: true, priceYes: 0.5 } });
    const after = await Promise.all([lead, ...teammates].map(balance));
    after.forEach((amount, i) => expect(amount - before[i]).toBe(5000n));
    expect(await app.api.code(FLOAT, { id: idea.id }, { token: lead.token })).toBe('CONFLICT');
  });

  it('puts the idea in the board queue, for the board only', async () => {
    const queue = await app.api.ok<{ boardQueue: Array<{ id: string; businessCase: { estimatedAnnualSaving: string } }> }>(
      '{ boardQueue { id businessCase { estimatedAnnualSaving } market { priceYes volume } team { id } } }',
      {},
      { token: boardA.token },
    );
    expect(queue.boardQueue.map((i) => i.id)).toContain(idea.id);
    expect(await app.api.code('{ boardQueue { id } }', {}, { token: traders[0].token })).toBe('FORBIDDEN');
  });

  it('lets members trade but not board members', async () => {
    await app.api.ok(
      BUY,
      { input: { ideaId: idea.id, outcome: 'YES', spend: '60.00', idempotencyKey: 'yes-1' } },
      { token: traders[0].token },
    );
    await app.api.ok(
      BUY,
      { input: { ideaId: idea.id, outcome: 'NO', spend: '25.00', idempotencyKey: 'no-1' } },
      { token: traders[1].token },
    );
    expect(
      await app.api.code(
        BUY,
        { input: { ideaId: idea.id, outcome: 'YES', spend: '1.00', idempotencyKey: 'b-1' } },
        { token: boardA.token },
      ),
    ).toBe('FORBIDDEN');
  });

  it('takes one editable scorecard per board member, never from the team or ordinary members', async () => {
    expect(await app.api.code(REVIEW, review(idea.id), { token: traders[0].token })).toBe('FORBIDDEN');
    await app.api.ok(REVIEW, review(idea.id, 'First thoughts.'), { token: boardA.token });
    const edited = await app.api.ok<{ reviewIdea: { comment: string } }>(REVIEW, review(idea.id, 'Second thoughts.'), {
      token: boardA.token,
    });
    expect(edited.reviewIdea.comment).toBe('Second thoughts.');
    const reviews = await app.api.ok<{ idea: { reviews: unknown[] } }>(
      'query($id: ID!) { idea(id: $id) { reviews { id } } }',
      { id: idea.id },
      { token: boardB.token },
    );
    expect(reviews.idea.reviews).toHaveLength(1);
    const hidden = await app.api.ok<{ idea: { reviews: unknown[] } }>(
      'query($id: ID!) { idea(id: $id) { reviews { id } } }',
      { id: idea.id },
      { token: traders[0].token },
    );
    expect(hidden.idea.reviews).toEqual([]);
  });

  it('needs the minimum number of reviews before a decision', async () => {
    const early = await app.api.request(
      DECIDE,
      { input: { ideaId: idea.id, decision: 'IMPLEMENT', rationale: 'Strong case with clear savings.' } },
      { token: boardB.token },
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reviews: 1, needed: 2 });
    await app.api.ok(REVIEW, review(idea.id), { token: boardB.token });
  });

  it('decides to implement: YES pays 1.00 a share, the pool returns to zero, the team is rewarded, the ledger balances', async () => {
    const positions = async (m: GivenMember) =>
      (
        await app.api.ok<{ portfolio: { positions: Array<{ outcome: string; shares: string }> } }>(
          '{ portfolio { positions { outcome shares } } }',
          {},
          { token: m.token },
        )
      ).portfolio.positions;
    const yesShares = parseAmount((await positions(traders[0]))[0].shares);
    const [trader0Before, trader1Before, leadBefore] = await Promise.all([balance(traders[0]), balance(traders[1]), balance(lead)]);

    const decided = await app.api.ok<{
      decideIdea: {
        stage: string;
        decision: { decision: string; priceYesAtDecision: number; decidedBy: { id: string } };
        market: { open: boolean; resolution: string };
      };
    }>(
      DECIDE,
      { input: { ideaId: idea.id, decision: 'IMPLEMENT', rationale: 'Strong case with clear savings and a willing team.' } },
      { token: boardB.token },
    );
    expect(decided.decideIdea).toMatchObject({
      stage: 'IMPLEMENTED',
      decision: { decision: 'IMPLEMENT', decidedBy: { id: boardB.id } },
      market: { open: false, resolution: 'YES' },
    });
    expect(decided.decideIdea.decision.priceYesAtDecision).toBeGreaterThan(0.5);

    expect(formatAmount((await balance(traders[0])) - trader0Before)).toBe(formatAmount(yesShares));
    expect(await balance(traders[1])).toBe(trader1Before);
    expect((await balance(lead)) - leadBefore).toBe(20000n);
    expect(await positions(traders[0])).toEqual([]);

    const audit = await app.api.ok<{ ledgerAudit: { balanced: boolean } }>(AUDIT, {}, { token: instance.admin.token });
    expect(audit.ledgerAudit.balanced).toBe(true);
  });

  it('publishes the decision and rationale to everyone, with the reviews', async () => {
    const seen = await app.api.ok<{
      idea: { decision: { rationale: string }; reviews: unknown[]; stageEvents: Array<{ to: string; reason: string }> };
    }>(
      'query($id: ID!) { idea(id: $id) { decision { rationale } reviews { id } stageEvents { to reason } } }',
      { id: idea.id },
      { token: traders[1].token },
    );
    expect(seen.idea.decision.rationale).toBe('Strong case with clear savings and a willing team.');
    expect(seen.idea.reviews).toHaveLength(2);
    expect(seen.idea.stageEvents.map((e) => e.to)).toEqual(['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED']);
  });

  it('refuses a second decision and further trades', async () => {
    expect(
      await app.api.code(
        DECIDE,
        { input: { ideaId: idea.id, decision: 'REJECT', rationale: 'Changed our minds about it.' } },
        { token: boardA.token },
      ),
    ).toBe('CONFLICT');
    expect(
      await app.api.code(
        BUY,
        { input: { ideaId: idea.id, outcome: 'YES', spend: '1.00', idempotencyKey: 'late' } },
        { token: traders[0].token },
      ),
    ).toBe('MARKET_CLOSED');
  });

  it('records impact from the team and admins only, and totals it on the impact page', async () => {
    const RECORD = 'mutation($input: ImpactInput!) { recordImpact(input: $input) { realisedSaving note recordedBy { id } } }';
    expect(
      await app.api.code(RECORD, { input: { ideaId: idea.id, realisedSaving: '100.00', note: 'Not mine' } }, { token: traders[0].token }),
    ).toBe('FORBIDDEN');
    await app.api.ok(
      RECORD,
      { input: { ideaId: idea.id, realisedSaving: '9000.50', note: 'First quarter: paper orders down.' } },
      { token: teammates[1].token },
    );
    await app.api.ok(
      RECORD,
      { input: { ideaId: idea.id, realisedSaving: '10000.00', note: 'Second quarter.' } },
      { token: instance.admin.token },
    );
    const impact = await app.api.ok<{
      impact: {
        implementedIdeas: number;
        estimatedAnnualSavings: string;
        realisedSavings: string;
        ideas: Array<{ id: string; impact: unknown[] }>;
      };
    }>(
      '{ impact { implementedIdeas estimatedAnnualSavings realisedSavings ideas { id impact { realisedSaving } } } }',
      {},
      { token: traders[0].token },
    );
    expect(impact.impact).toMatchObject({ implementedIdeas: 1, estimatedAnnualSavings: '40000.00', realisedSavings: '19000.50' });
    expect(impact.impact.ideas[0].impact).toHaveLength(2);
  });
});

describe('a rejection, and conflicts of interest', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1, minTeamSize: 1, minReviews: 1 } }));
  });
  afterAll(() => app.close());

  it('pays NO holders on a rejection, and a board member on the team cannot review or decide', async () => {
    const boardLead = await given.member(instance, { role: 'BOARD' });
    const idea = await given.teamingIdea(instance, boardLead);
    await app.api.ok(
      'mutation($id: ID!, $input: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $input) { id } }',
      { id: idea.id, input: CASE },
      { token: boardLead.token },
    );
    await app.api.ok(FLOAT, { id: idea.id }, { token: boardLead.token });
    expect(await app.api.code(REVIEW, review(idea.id), { token: boardLead.token })).toBe('FORBIDDEN');

    const sceptic = await given.member(instance);
    const bought = await app.api.ok<{ buyShares: { shares: string; balanceAfter: string } }>(
      BUY,
      { input: { ideaId: idea.id, outcome: 'NO', spend: '10.00', idempotencyKey: 'n' } },
      { token: sceptic.token },
    );
    const judge = await given.member(instance, { role: 'BOARD' });
    await app.api.ok(REVIEW, review(idea.id), { token: judge.token });
    expect(
      await app.api.code(
        DECIDE,
        { input: { ideaId: idea.id, decision: 'REJECT', rationale: 'No evidence the saving is real.' } },
        { token: boardLead.token },
      ),
    ).toBe('FORBIDDEN');
    const decided = await app.api.ok<{ decideIdea: { stage: string; market: { resolution: string } } }>(
      DECIDE,
      { input: { ideaId: idea.id, decision: 'REJECT', rationale: 'No evidence the saving is real.' } },
      { token: judge.token },
    );
    expect(decided.decideIdea).toMatchObject({ stage: 'REJECTED', market: { resolution: 'NO' } });
    const after = (await app.api.ok<{ portfolio: { balance: string } }>(BALANCE, {}, { token: sceptic.token })).portfolio.balance;
    expect(parseAmount(after)).toBe(parseAmount(bought.buyShares.balanceAfter) + parseAmount(bought.buyShares.shares));
    const audit = await app.api.ok<{ ledgerAudit: { balanced: boolean } }>(AUDIT, {}, { token: instance.admin.token });
    expect(audit.ledgerAudit.balanced).toBe(true);
  });

  it('settles a trade racing the decision either before settlement (and pays it) or refuses it as MARKET_CLOSED', async () => {
    const author = await given.member(instance);
    const idea = await given.teamingIdea(instance, author);
    await app.api.ok(
      'mutation($id: ID!, $input: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $input) { id } }',
      { id: idea.id, input: CASE },
      { token: author.token },
    );
    await app.api.ok(FLOAT, { id: idea.id }, { token: author.token });
    const judge = await given.member(instance, { role: 'BOARD' });
    await app.api.ok(REVIEW, review(idea.id), { token: judge.token });
    const racers = await given.members(instance, 8);
    const before = await Promise.all(
      racers.map(async (m) =>
        parseAmount((await app.api.ok<{ portfolio: { balance: string } }>(BALANCE, {}, { token: m.token })).portfolio.balance),
      ),
    );

    const trades = racers.map((m, i) =>
      app.api.request<{ buyShares: { shares: string; cost: string } }>(
        BUY,
        { input: { ideaId: idea.id, outcome: 'YES', spend: '5.00', idempotencyKey: `race-${i}` } },
        { token: m.token },
      ),
    );
    const decision = app.api.ok(
      DECIDE,
      { input: { ideaId: idea.id, decision: 'IMPLEMENT', rationale: 'Decided while the market was busy.' } },
      { token: judge.token },
    );
    const [results] = await Promise.all([Promise.all(trades), decision]);

    for (const [i, result] of results.entries()) {
      const after = parseAmount(
        (await app.api.ok<{ portfolio: { balance: string } }>(BALANCE, {}, { token: racers[i].token })).portfolio.balance,
      );
      if (result.errors) {
        expect(result.errors[0].extensions?.code).toBe('MARKET_CLOSED');
        expect(after).toBe(before[i]);
      } else {
        const { shares, cost } = result.data?.buyShares ?? { shares: 'missing', cost: 'missing' };
        expect(after).toBe(before[i] - parseAmount(cost) + parseAmount(shares));
      }
    }
    const audit = await app.api.ok<{ ledgerAudit: { balanced: boolean } }>(AUDIT, {}, { token: instance.admin.token });
    expect(audit.ledgerAudit.balanced).toBe(true);
  });
});
