import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { formatAmount, parseAmount } from '@idea-exchange/money';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { BUY, SELL } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setRole(memberId: $id, role: $role) { id role } }';
const DECISION = `query($id: ID!) { idea(id: $id) { decision {
  tradersAtDecision priceYesAtDecision disclosures { member { id displayName } outcome shares }
} } }`;
const PORTFOLIO = '{ portfolio { positions { ideaId outcome shares } } }';

interface Disclosed {
  member: { id: string; displayName: string };
  outcome: 'YES' | 'NO';
  shares: string;
}

describe('conflicts of interest around a market', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1, minReviews: 1 } }));
  });
  afterAll(() => app.close());

  const trade = (member: GivenMember, query: string, input: Record<string, unknown>) =>
    app.api.ok(query, { input: { idempotencyKey: randomUUID(), ...input } }, { token: member.token });

  /** An idea of the author's, with the teammates on its team, floated to an open market. */
  async function teamMarket(author: GivenMember, teammates: GivenMember[]): Promise<string> {
    const idea = await given.teamingIdea(instance, author);
    for (const mate of teammates) {
      const { requestToJoin } = await app.api.ok<{ requestToJoin: { id: string } }>(
        'mutation($id: ID!) { requestToJoin(ideaId: $id) { id } }',
        { id: idea.id },
        { token: mate.token },
      );
      await app.api.ok('mutation($id: ID!) { answerJoinRequest(requestId: $id, accept: true) { id } }', { id: requestToJoin.id }, author);
    }
    return (await given.openMarket(instance, { ideaId: idea.id })).ideaId;
  }

  describe('the decision record', () => {
    it('discloses what the author and team held per outcome, and counts the distinct traders then', async () => {
      const author = await given.member(instance, { displayName: 'Ada Author' });
      const mate = await given.member(instance, { displayName: 'Max Mate' });
      const [outsider, quitter] = await given.members(instance, 2);
      const ideaId = await teamMarket(author, [mate]);
      await trade(author, BUY, { ideaId, outcome: 'YES', shares: '20.00' });
      await trade(author, SELL, { ideaId, outcome: 'YES', shares: '5.00' });
      await trade(author, BUY, { ideaId, outcome: 'NO', shares: '3.00' });
      await trade(mate, BUY, { ideaId, outcome: 'NO', shares: '7.50' });
      await trade(outsider, BUY, { ideaId, outcome: 'YES', shares: '40.00' });
      // A trader who sold out before the decision still traded, but holds nothing to disclose.
      await trade(quitter, BUY, { ideaId, outcome: 'YES', shares: '2.00' });
      await trade(quitter, SELL, { ideaId, outcome: 'YES', shares: '2.00' });

      await given.settle(instance, ideaId, 'YES');

      const { idea } = await app.api.ok<{ idea: { decision: { tradersAtDecision: number; disclosures: Disclosed[] } } }>(
        DECISION,
        { id: ideaId },
        { token: outsider.token },
      );
      expect(idea.decision.tradersAtDecision).toBe(4);
      const disclosed = idea.decision.disclosures.map((d) => [d.member.displayName, d.outcome, d.shares]);
      expect(disclosed).toHaveLength(3);
      expect(disclosed).toEqual(
        expect.arrayContaining([
          ['Ada Author', 'YES', '15.00'],
          ['Ada Author', 'NO', '3.00'],
          ['Max Mate', 'NO', '7.50'],
        ]),
      );
    });

    it('discloses nothing when the team held nothing, and is readable anonymously on a public instance', async () => {
      const open = await given.tenant({ public: true, settings: { buzzThreshold: 1, minReviews: 1 } });
      const author = await given.member(open);
      const trader = await given.member(open);
      const idea = await given.idea(open, author);
      const { ideaId } = await given.openMarket(open, { ideaId: idea.id });
      await app.api.ok(BUY, { input: { ideaId, outcome: 'NO', spend: '10.00', idempotencyKey: randomUUID() } }, trader);
      await given.settle(open, ideaId, 'NO');

      const { idea: read } = await app.api.ok<{ idea: { decision: { tradersAtDecision: number; disclosures: Disclosed[] } } }>(
        DECISION,
        { id: ideaId },
        { tenant: open.slug },
      );
      expect(read.decision).toMatchObject({ tradersAtDecision: 1, disclosures: [] });
    });
  });

  describe('joining the board', () => {
    it('refuses to make a shareholder BOARD, naming the positions, until they are closed', async () => {
      const holder = await given.member(instance);
      const title = `Share the pool cars ${randomUUID().slice(0, 6)}`;
      const { ideaId } = await given.openMarket(instance, { title });
      await trade(holder, BUY, { ideaId, outcome: 'YES', shares: '12.00' });

      const refused = await app.api.request(SET_ROLE, { id: holder.id, role: 'BOARD' }, instance.admin);

      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT', positions: [{ idea: title, outcome: 'YES', shares: '12.00' }] },
        message: expect.stringContaining(`12.00 YES shares in "${title}"`),
      });
      const { member } = await app.api.ok<{ member: { role: string } }>(
        'query($id: ID!) { member(id: $id) { role } }',
        { id: holder.id },
        holder,
      );
      expect(member.role).toBe('MEMBER');

      await trade(holder, SELL, { ideaId, outcome: 'YES', shares: '12.00' });
      const { setRole } = await app.api.ok<{ setRole: { role: string } }>(SET_ROLE, { id: holder.id, role: 'BOARD' }, instance.admin);
      expect(setRole.role).toBe('BOARD');
    });

    it('refuses exactly the members who hold shares in an open market, whatever they traded', async () => {
      const { ideaId } = await given.openMarket(instance);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ outcome: fc.constantFrom('YES', 'NO'), shares: fc.integer({ min: 1, max: 2000 }), sell: fc.boolean() }), {
            maxLength: 4,
          }),
          async (moves) => {
            const member = await given.member(instance);
            for (const move of moves) {
              const shares = formatAmount(BigInt(move.shares));
              await trade(member, BUY, { ideaId, outcome: move.outcome, shares });
              if (move.sell)
                await app.api.request(SELL, { input: { ideaId, outcome: move.outcome, shares, idempotencyKey: randomUUID() } }, member);
            }
            const { portfolio } = await app.api.ok<{ portfolio: { positions: Array<{ shares: string }> } }>(PORTFOLIO, {}, member);
            const holds = portfolio.positions.some((p) => parseAmount(p.shares) > 0n);
            const result = await app.api.request(SET_ROLE, { id: member.id, role: 'BOARD' }, instance.admin);
            expect(result.errors?.[0]?.extensions?.code).toBe(holds ? 'CONFLICT' : undefined);
          },
        ),
        { numRuns: 12 },
      );
    });
  });
});
