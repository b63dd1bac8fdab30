import { parseAmount } from '@idea-exchange/money';
import { randomUUID } from 'node:crypto';
import type { IdeaEntity } from '../ideas/idea.entity';
import { priceTopic } from '../market/market.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { untilEarlierEventsHeard, untilSubscribed } from '../testing/live-subscribers';
import { audit } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';
import { OutcomeMarketClosingJob } from './outcome-market-closing.job';

const OPEN = `mutation($input: OutcomeMarketInput!) {
  openOutcomeMarket(input: $input) { id ideaId kind question closesAt target open priceYes }
}`;
const BUY = `mutation($input: BuyInput!) { buyShares(input: $input) { shares cost } }`;
const QUOTE = 'query($input: QuoteInput!) { quote(input: $input) { shares cost } }';
const RECORD = 'mutation($input: ImpactInput!) { recordImpact(input: $input) { id } }';
const OUTCOME_MARKETS = `query($id: ID!) {
  idea(id: $id) { market { kind question open } outcomeMarkets { id kind open resolution target question } }
}`;
const HISTORY = 'query($id: ID!) { marketHistory(marketId: $id) { priceYes } }';
const BALANCE = '{ portfolio { balance } }';
const NOTIFICATIONS = '{ notifications(first: 50) { kind message } }';
const AUDIT_LOG = '{ auditLog(first: 50) { action kind targetId targetName reason } }';
const LANGUAGE = 'mutation($language: String) { updateProfile(input: { language: $language }) { id } }';

interface OpenedMarket {
  id: string;
  ideaId: string;
  kind: string;
  question: string;
  closesAt: string;
  target: string;
  open: boolean;
  priceYes: number;
}

const DAY = 24 * 60 * 60 * 1000;

describe('outcome markets: markets beyond the decision', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let teammate: GivenMember;
  let board: GivenMember;
  let yesTrader: GivenMember;
  let noTrader: GivenMember;
  let follower: GivenMember;
  let idea: IdeaEntity;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({
      settings: { buzzThreshold: 1, minTeamSize: 2, minReviews: 1, liquidity: 10000n },
    }));
    author = await given.member(instance);
    teammate = await given.member(instance);
    board = await given.member(instance, { role: 'BOARD' });
    [yesTrader, noTrader, follower] = await given.members(instance, 3);
    idea = await given.implementedIdea(
      instance,
      { author, teammates: [teammate], boardMember: board },
      { title: 'Switch the print room to duplex' },
    );
    await app.api.ok('mutation($id: ID!) { followIdea(ideaId: $id) { id } }', { id: idea.id }, { token: follower.token });
  });
  afterAll(() => app.close());

  const balance = async (m: GivenMember) =>
    parseAmount((await app.api.ok<{ portfolio: { balance: string } }>(BALANCE, {}, { token: m.token })).portfolio.balance);
  const open = (target: string, closesAt: Date, token = board.token, ideaId = idea.id) =>
    app.api.request<{ openOutcomeMarket: OpenedMarket }>(OPEN, { input: { ideaId, target, closesAt: closesAt.toISOString() } }, { token });
  const buy = (member: GivenMember, marketId: string | undefined, outcome: 'YES' | 'NO', spend: string) =>
    app.api.request<{ buyShares: { shares: string; cost: string } }>(
      BUY,
      { input: { ideaId: idea.id, marketId, outcome, spend, idempotencyKey: randomUUID() } },
      { token: member.token },
    );
  const record = (saving: string, token = author.token) =>
    app.api.ok(RECORD, { input: { ideaId: idea.id, realisedSaving: saving, note: 'Paper bought this quarter fell.' } }, { token });
  const outcomeMarkets = async () =>
    (
      await app.api.ok<{
        idea: {
          market: { kind: string; question: string };
          outcomeMarkets: Array<{ id: string; open: boolean; resolution: string | null }>;
        };
      }>(OUTCOME_MARKETS, { id: idea.id }, { token: follower.token })
    ).idea;

  it('is opened by the board on an implemented idea, with a question in words and the subsidy from the treasury', async () => {
    // The end of next March, always ahead whenever the spec runs.
    const year = new Date().getUTCFullYear() + 1;
    const closesAt = new Date(Date.UTC(year, 2, 31, 17, 0, 0));
    const result = await open('50000.00', closesAt);
    expect(result.errors).toBeUndefined();
    const market = result.data?.openOutcomeMarket as OpenedMarket;
    expect(market).toMatchObject({
      ideaId: idea.id,
      kind: 'OUTCOME',
      question: `Will realised savings reach 50,000.00 Peas by 31 March ${year}?`,
      closesAt: closesAt.toISOString(),
      target: '50000.00',
      open: true,
      priceYes: 0.5,
    });
    const view = await outcomeMarkets();
    expect(view.market).toMatchObject({ kind: 'IMPLEMENTATION', question: 'Will this idea be implemented?' });
    expect(view.outcomeMarkets.map((m) => m.id)).toContain(market.id);
    for (const member of [author, teammate, follower]) {
      const { notifications } = await app.api.ok<{ notifications: Array<{ kind: string; message: string }> }>(
        NOTIFICATIONS,
        {},
        { token: member.token },
      );
      expect(notifications).toContainEqual({ kind: 'OUTCOME_MARKET_OPENED', message: expect.stringContaining('50,000.00 Peas') });
    }
    const { auditLog } = await app.api.ok<{ auditLog: Array<{ action: string; targetId: string }> }>(
      AUDIT_LOG,
      {},
      { token: instance.admin.token },
    );
    expect(auditLog).toContainEqual(expect.objectContaining({ action: 'OPEN_OUTCOME_MARKET', targetId: market.id }));
    await expect(audit(app.api, instance.admin)).resolves.toMatchObject({ balanced: true, problems: [] });
  });

  it('is refused to members, on ideas not implemented, for a past date and for no target', async () => {
    const later = new Date(Date.now() + 30 * DAY);
    expect((await open('100.00', later, yesTrader.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const buzzing = await given.idea(instance, author);
    expect((await open('100.00', later, board.token, buzzing.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await open('100.00', new Date(Date.now() - DAY))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await open('0.00', later)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('trades by marketId and resolves YES in the impact record that reaches its target, paying exactly', async () => {
    const market = (await open('500.00', new Date(Date.now() + 60 * DAY))).data?.openOutcomeMarket as OpenedMarket;
    // Without marketId a trade names the implementation market, settled by the decision.
    expect((await buy(yesTrader, undefined, 'YES', '5.00')).errors?.[0].extensions?.code).toBe('MARKET_CLOSED');
    const quote = await app.api.ok<{ quote: { shares: string } }>(
      QUOTE,
      { input: { ideaId: idea.id, marketId: market.id, outcome: 'YES', spend: '10.00' } },
      { token: yesTrader.token },
    );
    const yes = await buy(yesTrader, market.id, 'YES', '10.00');
    const no = await buy(noTrader, market.id, 'NO', '4.00');
    expect(yes.errors).toBeUndefined();
    expect(no.errors).toBeUndefined();
    expect(yes.data?.buyShares.shares).toBe(quote.quote.shares);
    const history = await app.api.ok<{ marketHistory: Array<{ priceYes: number }> }>(HISTORY, { id: market.id }, { token: follower.token });
    expect(history.marketHistory).toHaveLength(3);
    const yesShares = parseAmount(yes.data?.buyShares.shares ?? '');
    const [yesBefore, noBefore] = [await balance(yesTrader), await balance(noTrader)];

    await record('300.00');
    expect((await outcomeMarkets()).outcomeMarkets.find((m) => m.id === market.id)).toMatchObject({ open: true, resolution: null });
    await record('200.00');

    expect((await outcomeMarkets()).outcomeMarkets.find((m) => m.id === market.id)).toMatchObject({ open: false, resolution: 'YES' });
    expect(await balance(yesTrader)).toBe(yesBefore + yesShares);
    expect(await balance(noTrader)).toBe(noBefore);
    expect((await buy(yesTrader, market.id, 'YES', '1.00')).errors?.[0].extensions?.code).toBe('MARKET_CLOSED');
    await expect(audit(app.api, instance.admin)).resolves.toMatchObject({ balanced: true, problems: [] });
    const { auditLog } = await app.api.ok<{ auditLog: Array<{ action: string; targetId: string; reason: string }> }>(
      AUDIT_LOG,
      {},
      { token: instance.admin.token },
    );
    expect(auditLog).toContainEqual(
      expect.objectContaining({ action: 'RESOLVE_OUTCOME_MARKET', targetId: market.id, reason: expect.stringMatching(/^YES/) }),
    );
  });

  it('asks each market’s question in the reader’s language, the closing date named in it', async () => {
    const year = new Date().getUTCFullYear() + 2;
    const reader = await given.member(instance);
    await app.api.ok(LANGUAGE, { language: 'cy' }, reader);
    await app.api.ok('mutation($id: ID!) { followIdea(ideaId: $id) { id } }', { id: idea.id }, reader);
    const market = (await open('750.00', new Date(Date.UTC(year, 5, 30, 12)))).data?.openOutcomeMarket as OpenedMarket;

    const { idea: read } = await app.api.ok<{
      idea: { market: { question: string }; outcomeMarkets: Array<{ id: string; question: string }> };
    }>(OUTCOME_MARKETS, { id: idea.id }, reader);

    expect(read.market.question).toBe('A fydd y syniad hwn yn cael ei weithredu?');
    expect(read.outcomeMarkets.find((m) => m.id === market.id)?.question).toBe(
      `A fydd yr arbedion a wireddwyd yn cyrraedd 750.00 Peas erbyn 30 Mehefin ${year}?`,
    );
    expect(market.question).toBe(`Will realised savings reach 750.00 Peas by 30 June ${year}?`);
    const { notifications } = await app.api.ok<{ notifications: Array<{ kind: string; message: string }> }>(NOTIFICATIONS, {}, reader);
    expect(notifications).toContainEqual({
      kind: 'OUTCOME_MARKET_OPENED',
      message: `Mae marchnad wedi agor ar “${idea.title}”: A fydd yr arbedion a wireddwyd yn cyrraedd 750.00 Peas erbyn 30 Mehefin ${year}?`,
    });
  });

  it('resolves NO once its closing date passes, exactly once however many processes run the job', async () => {
    const market = (await open('1000000.00', new Date(Date.now() + DAY))).data?.openOutcomeMarket as OpenedMarket;
    const yes = await buy(yesTrader, market.id, 'YES', '3.00');
    const no = await buy(noTrader, market.id, 'NO', '7.00');
    const noShares = parseAmount(no.data?.buyShares.shares ?? '');
    expect(yes.errors).toBeUndefined();
    const [yesBefore, noBefore] = [await balance(yesTrader), await balance(noTrader)];
    const job = app.app.get(OutcomeMarketClosingJob);

    expect(await job.closeDue(new Date())).toBe(0);
    const afterClosing = new Date(Date.now() + 2 * DAY);
    const resolved = await Promise.all([job.closeDue(afterClosing), job.closeDue(afterClosing), job.closeDue(afterClosing)]);

    expect(resolved.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await outcomeMarkets()).outcomeMarkets.find((m) => m.id === market.id)).toMatchObject({ open: false, resolution: 'NO' });
    expect(await balance(noTrader)).toBe(noBefore + noShares);
    expect(await balance(yesTrader)).toBe(yesBefore);
    await expect(audit(app.api, instance.admin)).resolves.toMatchObject({ balanced: true, problems: [] });

    // The log holds its reasons in English; each admin reads them in their own language.
    const reasons = async () =>
      (
        await app.api.ok<{ auditLog: Array<{ action: string; targetId: string; targetName: string; reason: string }> }>(
          AUDIT_LOG,
          {},
          instance.admin,
        )
      ).auditLog
        .filter((entry) => entry.targetId === market.id)
        .map(({ action, reason, targetName }) => ({ action, reason, targetName }));
    const longDate = (locale: string) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(market.closesAt),
      );
    expect(await reasons()).toEqual([
      { action: 'RESOLVE_OUTCOME_MARKET', reason: 'NO: its closing date passed before the target was reached', targetName: idea.title },
      { action: 'OPEN_OUTCOME_MARKET', reason: market.question, targetName: idea.title },
    ]);
    await app.api.ok(LANGUAGE, { language: 'cy' }, instance.admin);
    try {
      expect(await reasons()).toEqual([
        { action: 'RESOLVE_OUTCOME_MARKET', reason: 'NA: aeth ei ddyddiad cau heibio cyn cyrraedd y targed', targetName: idea.title },
        {
          action: 'OPEN_OUTCOME_MARKET',
          targetName: idea.title,
          reason: `A fydd yr arbedion a wireddwyd yn cyrraedd 1,000,000.00 Peas erbyn ${longDate('cy-GB')}?`,
        },
      ]);
      expect(market.question).toBe(`Will realised savings reach 1,000,000.00 Peas by ${longDate('en-GB')}?`);
    } finally {
      await app.api.ok(LANGUAGE, { language: null }, instance.admin);
    }
  });

  it('does not let a market of another idea be traded under this one, nor the board trade', async () => {
    const market = (await open('900.00', new Date(Date.now() + 60 * DAY))).data?.openOutcomeMarket as OpenedMarket;
    const other = await given.openMarket(instance);
    const wrongIdea = await app.api.request(
      BUY,
      { input: { ideaId: other.ideaId, marketId: market.id, outcome: 'YES', spend: '1.00', idempotencyKey: randomUUID() } },
      { token: yesTrader.token },
    );
    expect(wrongIdea.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await buy(board, market.id, 'YES', '1.00')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused to a board member on the team, and for a target the recorded savings already reach', async () => {
    const boardTeammate = await given.withRole(teammate, 'BOARD');
    const later = new Date(Date.now() + 30 * DAY);
    expect((await open('5000.00', later, boardTeammate.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // 500.00 was recorded above.
    const reached = await open('500.00', later);
    expect(reached.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('500.00 Peas') });
  });

  describe('live prices', () => {
    const clients = new LiveClients();
    afterAll(() => clients.disposeAll());

    it('tells priceChanged subscribers of each trade on the outcome market', async () => {
      const market = (await open('800.00', new Date(Date.now() + 60 * DAY))).data?.openOutcomeMarket as OpenedMarket;
      // The opening's own announcement may still be on its way (NOTIFY is delivered after its
      // commit): the app hears it before the subscription starts, so the first event is the trade's.
      await untilEarlierEventsHeard(app, instance.tenant.id);
      const { client } = clients.connect(app, signedIn(follower));
      const iterator = client.iterate<{ priceChanged: { id: string; kind: string; priceYes: number; tradeCount: number } }>({
        query: `subscription($id: ID!) { priceChanged(marketId: $id) { id kind priceYes tradeCount } }`,
        variables: { id: market.id },
      });
      const next = iterator.next();
      await untilSubscribed(app, priceTopic(instance.tenant.id, market.id));

      await buy(yesTrader, market.id, 'YES', '2.00');

      const event = await next;
      expect(event.value?.data?.priceChanged).toMatchObject({ id: market.id, kind: 'OUTCOME', tradeCount: 1 });
      expect(event.value?.data?.priceChanged.priceYes).toBeGreaterThan(0.5);
      await iterator.return?.();
    });
  });
});
