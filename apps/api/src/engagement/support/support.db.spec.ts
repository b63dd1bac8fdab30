import { parseAmount } from '@idea-exchange/money';
import { Database } from '../../database/database.service';
import { startWithInstance } from '../../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../../testing/given';
import type { TestApp } from '../../testing/test-app';

const SUPPORT = `mutation($id: ID!) { supportIdea(ideaId: $id) { id stage supportCount buzzScore supportedByMe } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawSupport(ideaId: $id) { id stage supportCount supportedByMe } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { stage supportCount buzzScore supportedByMe stageEvents { from to reason actor { id } } } }`;

interface SupportedIdea {
  id: string;
  stage: string;
  supportCount: number;
  buzzScore: number;
  supportedByMe: boolean;
}

describe('supporting ideas and the buzz gate', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let supporter: GivenMember;

  beforeAll(async () => {
    // Room for 50 concurrent requests to queue on one idea's row lock without starving the pool.
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 3 } }, { databasePoolSize: 30 }));
    author = await given.member(instance);
    supporter = await given.member(instance);
  });
  afterAll(() => app.close());

  const support = (ideaId: string, member: GivenMember) =>
    app.api.request<{ supportIdea: SupportedIdea }>(SUPPORT, { id: ideaId }, { token: member.token });

  it('counts a support once, however often it is given, and shows it as mine', async () => {
    const idea = await given.idea(instance, author);
    const first = await support(idea.id, supporter);
    const again = await support(idea.id, supporter);
    expect(first.data?.supportIdea).toMatchObject({ supportCount: 1, buzzScore: 1, supportedByMe: true, stage: 'BUZZ' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.supportIdea).toMatchObject({ supportCount: 1, supportedByMe: true });
  });

  it("refuses support of one's own idea", async () => {
    const idea = await given.idea(instance, author);
    expect((await support(idea.id, author)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a supporter withdraw, idempotently', async () => {
    const idea = await given.idea(instance, author);
    await support(idea.id, supporter);
    const withdrawn = await app.api.ok<{ withdrawSupport: SupportedIdea }>(WITHDRAW, { id: idea.id }, { token: supporter.token });
    expect(withdrawn.withdrawSupport).toMatchObject({ supportCount: 0, supportedByMe: false });
    const again = await app.api.ok<{ withdrawSupport: SupportedIdea }>(WITHDRAW, { id: idea.id }, { token: supporter.token });
    expect(again.withdrawSupport.supportCount).toBe(0);
  });

  it('lets board members support ideas', async () => {
    const board = await given.member(instance, { role: 'BOARD' });
    const idea = await given.idea(instance, author);
    expect((await support(idea.id, board)).data?.supportIdea.supportCount).toBe(1);
  });

  it('needs a signed-in member', async () => {
    const idea = await given.idea(instance, author);
    expect(await app.api.code(SUPPORT, { id: idea.id }, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });

  it('moves the idea to TEAMING exactly when the threshold is reached, in the same request', async () => {
    const idea = await given.idea(instance, author);
    const [first, second] = await given.members(instance, 2);
    expect((await support(idea.id, first)).data?.supportIdea.stage).toBe('BUZZ');
    expect((await support(idea.id, second)).data?.supportIdea.stage).toBe('BUZZ');
    const third = await given.member(instance);
    const crossing = await support(idea.id, third);
    expect(crossing.data?.supportIdea).toMatchObject({ stage: 'TEAMING', supportCount: 3, buzzScore: 3 });
    const read = await app.api.ok<{ idea: { stageEvents: unknown[] } }>(IDEA, { id: idea.id }, { token: author.token });
    expect(read.idea.stageEvents).toEqual([
      { from: null, to: 'BUZZ', reason: 'Submitted', actor: { id: author.id } },
      { from: 'BUZZ', to: 'TEAMING', reason: 'Reached the buzz threshold: a buzz score of 3, with 3 needed', actor: { id: third.id } },
    ]);
  });

  it('keeps an idea in TEAMING when support is withdrawn afterwards', async () => {
    const idea = await given.idea(instance, author);
    const supporters = await given.supporters(instance, idea, 3);
    const withdrawn = await app.api.ok<{ withdrawSupport: SupportedIdea }>(WITHDRAW, { id: idea.id }, { token: supporters[0].token });
    expect(withdrawn.withdrawSupport).toMatchObject({ stage: 'TEAMING', supportCount: 2 });
  });

  it('weighs supporters by the instance setting', async () => {
    const weighted = await given.tenant({ settings: { buzzThreshold: 4, supportWeight: 2 } });
    const weightedAuthor = await given.member(weighted);
    const idea = await given.idea(weighted, weightedAuthor);
    const [first, second] = await given.members(weighted, 2);
    expect((await support(idea.id, first)).data?.supportIdea).toMatchObject({ buzzScore: 2, stage: 'BUZZ' });
    expect((await support(idea.id, second)).data?.supportIdea).toMatchObject({ buzzScore: 4, stage: 'TEAMING' });
  });

  it('refuses support of an archived idea', async () => {
    const idea = await given.idea(instance, author);
    await app.api.ok(`mutation($id: ID!) { withdrawIdea(ideaId: $id) { id } }`, { id: idea.id }, { token: author.token });
    expect((await support(idea.id, supporter)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('takes 50 concurrent supports crossing the threshold with one transition and an exact count', async () => {
    const crowd = await given.tenant({ settings: { buzzThreshold: 25 } });
    const crowdAuthor = await given.member(crowd);
    const idea = await given.idea(crowd, crowdAuthor);
    const members = await given.members(crowd, 50);

    const results = await Promise.all(members.map((member) => support(idea.id, member)));

    expect(results.filter((result) => result.errors)).toEqual([]);
    const stages = results.map((result) => result.data?.supportIdea.stage);
    expect(stages.filter((stage) => stage === 'BUZZ')).toHaveLength(24);
    expect(stages.filter((stage) => stage === 'TEAMING')).toHaveLength(26);
    const read = await app.api.ok<{ idea: { stage: string; supportCount: number; stageEvents: Array<{ to: string }> } }>(
      IDEA,
      { id: idea.id },
      { token: crowdAuthor.token },
    );
    expect(read.idea.supportCount).toBe(50);
    expect(read.idea.stage).toBe('TEAMING');
    expect(read.idea.stageEvents.map((event) => event.to)).toEqual(['BUZZ', 'TEAMING']);
    const notifications = await app.app
      .get(Database)
      .withTenant(crowd.tenant.id, (tx) =>
        tx.query<{ kind: string; n: number }>(
          `SELECT kind, count(*)::int AS n FROM notifications WHERE member_id = $1 GROUP BY kind ORDER BY kind`,
          [crowdAuthor.id],
        ),
      );
    expect(notifications).toEqual([
      { kind: 'IDEA_SUPPORTED', n: 50 },
      { kind: 'STAGE_CHANGED', n: 1 },
    ]);
    // The author's teaming reward is paid once, in the transaction that crossed the threshold.
    const { portfolio } = await app.api.ok<{ portfolio: { balance: string } }>(
      '{ portfolio { balance } }',
      {},
      { token: crowdAuthor.token },
    );
    expect(parseAmount(portfolio.balance)).toBe(crowd.tenant.startingGrant + crowd.tenant.teamingReward);
  });
});
