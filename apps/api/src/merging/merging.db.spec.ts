import { parseAmount } from '@idea-exchange/money';
import { Database } from '../database/database.service';
import type { IdeaEntity } from '../ideas/idea.entity';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { audit } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const MERGE = `mutation($source: ID!, $target: ID!, $reason: String!) {
  mergeIdeas(sourceId: $source, targetId: $target, reason: $reason) { id stage supportCount }
}`;
const IDEA = `query($id: ID!) {
  idea(id: $id) {
    id stage tags supportCount buzzScore followerCount followedByMe
    mergedInto { id } creditedAuthors { id } comments { id body } stageEvents { to }
  }
}`;
const SUPPORT = 'mutation($id: ID!) { supportIdea(ideaId: $id) { id } }';
const NOTIFICATIONS = '{ notifications(first: 50) { kind message idea { id } } }';
const AUDIT_LOG = '{ auditLog(first: 20) { action kind targetId reason actor { id } } }';
const WALLET = '{ portfolio { balance } }';

interface IdeaView {
  id: string;
  stage: string;
  tags: string[];
  supportCount: number;
  buzzScore: number;
  followerCount: number;
  followedByMe: boolean;
  mergedInto: { id: string } | null;
  creditedAuthors: Array<{ id: string }>;
  comments: Array<{ id: string; body: string }>;
  stageEvents: Array<{ to: string }>;
}

describe('merging duplicate ideas', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let moderator: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({
      settings: { buzzThreshold: 11, supportWeight: 1, commentWeight: 1, teamingReward: 5000n },
    }));
    moderator = await given.member(instance, { role: 'MODERATOR' });
  });
  afterAll(() => app.close());

  const view = async (id: string, token = moderator.token) =>
    (await app.api.ok<{ idea: IdeaView }>(IDEA, { id }, { token })).idea as IdeaView;
  const merge = (source: IdeaEntity, target: IdeaEntity, token = moderator.token) =>
    app.api.request<{ mergeIdeas: { id: string; stage: string; supportCount: number } }>(
      MERGE,
      { source: source.id, target: target.id, reason: 'Same idea, posted twice' },
      { token },
    );
  const supportersOf = (ideaId: string) =>
    app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.query<{ member_id: string }>('SELECT member_id FROM supports WHERE tenant_id = $1 AND idea_id = $2', [tx.tenantId, ideaId]),
      );

  it('moves supports once per member, comments, followers and tags; archives the source; credits and tells both authors', async () => {
    const [targetAuthor, sourceAuthor, both, follower] = await given.members(instance, 4);
    const target = await given.idea(instance, targetAuthor, { title: 'Print double-sided by default', tags: ['printing'] });
    const source = await given.idea(instance, sourceAuthor, { title: 'Default to duplex printing', tags: ['paper', 'printing'] });
    const targetOnly = await given.supporters(instance, target, 2);
    const sourceOnly = await given.supporters(instance, source, 2);
    for (const idea of [target, source]) await app.api.ok(SUPPORT, { id: idea.id }, { token: both.token });
    await app.api.ok('mutation($id: ID!) { followIdea(ideaId: $id) { id } }', { id: source.id }, { token: follower.token });
    const comment = await given.comment(follower, source, { body: 'We tried this in 2019.' });
    await given.comment(both, source, { body: 'Agreed.', parentId: comment.id });

    const result = await merge(source, target);

    expect(result.errors).toBeUndefined();
    const merged = await view(target.id);
    const expectedSupporters = new Set([...targetOnly, ...sourceOnly, both].map((m) => m.id).concat(sourceAuthor.id));
    expect(new Set((await supportersOf(target.id)).map((row) => row.member_id))).toEqual(expectedSupporters);
    expect(merged.supportCount).toBe(expectedSupporters.size);
    // Buzz (both weights 1): every supporter, plus both commenters, whose comments moved too.
    expect(merged.buzzScore).toBe(expectedSupporters.size + 2);
    expect(merged.comments.map((c) => c.body).sort()).toEqual(['Agreed.', 'We tried this in 2019.']);
    expect(merged.tags).toEqual(['printing', 'paper']);
    expect(merged.creditedAuthors).toEqual([{ id: sourceAuthor.id }]);
    expect((await view(target.id, follower.token)).followedByMe).toBe(true);
    expect(await supportersOf(source.id)).toEqual([]);

    const archived = await view(source.id);
    expect(archived).toMatchObject({ stage: 'ARCHIVED', mergedInto: { id: target.id }, comments: [] });

    for (const member of [targetAuthor, sourceAuthor, follower]) {
      const { notifications } = await app.api.ok<{ notifications: Array<{ kind: string; idea: { id: string } | null }> }>(
        NOTIFICATIONS,
        {},
        { token: member.token },
      );
      expect(notifications.filter((n) => n.kind === 'IDEAS_MERGED')).toEqual([expect.objectContaining({ idea: { id: target.id } })]);
    }
    const { auditLog } = await app.api.ok<{ auditLog: Array<{ action: string; targetId: string; actor: { id: string } }> }>(
      AUDIT_LOG,
      {},
      { token: instance.admin.token },
    );
    expect(auditLog).toContainEqual(expect.objectContaining({ action: 'MERGE', targetId: source.id, actor: { id: moderator.id } }));
    await expect(app.api.code(SUPPORT, { id: source.id }, { token: (await given.member(instance)).token })).resolves.toBe('CONFLICT');
  });

  it('refuses a merge into itself, of a merged idea, with an open market, across instances, and by members', async () => {
    const author = await given.member(instance);
    const a = await given.idea(instance, author);
    const b = await given.idea(instance, author);
    const c = await given.idea(instance, author);
    const floated = await given.openMarket(instance);
    const other = await given.tenant();
    const elsewhere = await given.idea(other, other.admin);

    expect((await merge(a, a)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await merge(a, b, author.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await merge(a, { id: floated.ideaId } as IdeaEntity)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await merge(a, elsewhere)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await merge(a, b)).errors).toBeUndefined();
    expect((await merge(a, c)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await view(a.id)).mergedInto).toEqual({ id: b.id });
  });

  it('under concurrent supports counts each member once, moves to TEAMING once and keeps the ledger and buzz exact', async () => {
    const [targetAuthor, sourceAuthor] = await given.members(instance, 2);
    const target = await given.idea(instance, targetAuthor, { title: 'Share pool cars between teams' });
    const source = await given.idea(instance, sourceAuthor, { title: 'Pool cars shared across teams' });
    const onTarget = await given.supporters(instance, target, 3);
    const onSource = await given.supporters(instance, source, 3);
    await app.api.ok(SUPPORT, { id: target.id }, { token: onSource[0].token });
    const racers = await given.members(instance, 8);
    const grant = parseAmount(
      (await app.api.ok<{ portfolio: { balance: string } }>(WALLET, {}, { token: targetAuthor.token })).portfolio.balance,
    );

    const supports = [...racers.map((m, i) => ({ member: m, idea: i % 2 === 0 ? target : source })), { member: onTarget[0], idea: source }];
    const outcomes = await Promise.all([
      merge(source, target),
      ...supports.map(async ({ member, idea }) => ({
        member,
        idea,
        result: await app.api.request(SUPPORT, { id: idea.id }, { token: member.token }),
      })),
    ]);

    const [mergeResult, ...supportResults] = outcomes as [
      Awaited<ReturnType<typeof merge>>,
      ...Array<{ member: GivenMember; idea: IdeaEntity; result: { errors?: Array<{ extensions?: { code?: string } }> } }>,
    ];
    expect(mergeResult.errors).toBeUndefined();
    for (const { result } of supportResults) {
      if (result.errors) expect(result.errors[0].extensions?.code).toBe('CONFLICT');
    }
    const landed = supportResults.filter(({ result }) => !result.errors).map(({ member }) => member.id);
    const expected = new Set([...onTarget, ...onSource].map((m) => m.id).concat(sourceAuthor.id, landed));
    const rows = await supportersOf(target.id);
    expect(rows).toHaveLength(expected.size);
    expect(new Set(rows.map((row) => row.member_id))).toEqual(expected);

    const merged = await view(target.id);
    expect(merged.supportCount).toBe(expected.size);
    expect(merged.buzzScore).toBe(expected.size);
    expect(expected.size).toBeGreaterThanOrEqual(11);
    expect(merged.stage).toBe('TEAMING');
    expect(merged.stageEvents.filter((event) => event.to === 'TEAMING')).toHaveLength(1);
    const balance = parseAmount(
      (await app.api.ok<{ portfolio: { balance: string } }>(WALLET, {}, { token: targetAuthor.token })).portfolio.balance,
    );
    expect(balance).toBe(grant + 5000n);
    await expect(audit(app.api, instance.admin)).resolves.toMatchObject({ balanced: true, problems: [] });
  });
});
