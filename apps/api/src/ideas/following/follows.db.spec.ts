import { startWithInstance } from '../../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../../testing/given';
import type { TestApp } from '../../testing/test-app';

const FOLLOW = 'mutation($id: ID!) { followIdea(ideaId: $id) { id followedByMe followerCount } }';
const UNFOLLOW = 'mutation($id: ID!) { unfollowIdea(ideaId: $id) { id followedByMe followerCount } }';
const IDEA = 'query($id: ID!) { idea(id: $id) { followedByMe followerCount } }';
const NOTIFICATIONS = '{ notifications(first: 50) { kind message idea { id } } }';

interface Follow {
  followedByMe: boolean;
  followerCount: number;
}

describe('following ideas', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ public: true, settings: { buzzThreshold: 2 } }));
    author = await given.member(instance);
  });
  afterAll(() => app.close());

  const seen = async (ideaId: string, member?: GivenMember) =>
    (await app.api.ok<{ idea: Follow }>(IDEA, { id: ideaId }, member ? { token: member.token } : { tenant: instance.slug })).idea;
  const kinds = async (member: GivenMember) =>
    (await app.api.ok<{ notifications: Array<{ kind: string; idea: { id: string } | null }> }>(NOTIFICATIONS, {}, { token: member.token }))
      .notifications;

  it('is automatic for the author and supporters, chosen by others, and undone by anyone', async () => {
    const idea = await given.idea(instance, author);
    const [supporter] = await given.supporters(instance, idea, 1);
    const reader = await given.member(instance);
    expect(await seen(idea.id, author)).toEqual({ followedByMe: true, followerCount: 2 });
    expect(await seen(idea.id, supporter)).toEqual({ followedByMe: true, followerCount: 2 });
    expect(await seen(idea.id, reader)).toEqual({ followedByMe: false, followerCount: 2 });
    expect(await seen(idea.id)).toEqual({ followedByMe: false, followerCount: 2 });

    expect((await app.api.ok<{ followIdea: Follow }>(FOLLOW, { id: idea.id }, { token: reader.token })).followIdea).toMatchObject({
      followedByMe: true,
      followerCount: 3,
    });
    expect((await app.api.ok<{ unfollowIdea: Follow }>(UNFOLLOW, { id: idea.id }, { token: author.token })).unfollowIdea).toMatchObject({
      followedByMe: false,
      followerCount: 2,
    });
    expect(await app.api.code(FOLLOW, { id: idea.id }, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
    expect(await app.api.code(FOLLOW, { id: '00000000-0000-4000-8000-000000000000' }, { token: reader.token })).toBe('NOT_FOUND');
  });

  it('tells followers of stage changes, but not those who stopped following', async () => {
    const idea = await given.idea(instance, author, { title: 'Idea with followers' });
    const [quitter] = await given.supporters(instance, idea, 1);
    const [reader, closer] = await given.members(instance, 2);
    await app.api.ok(FOLLOW, { id: idea.id }, { token: reader.token });
    // The second support reaches the threshold (2): the idea moves to TEAMING, by the closer's hand.
    await app.api.ok('mutation($id: ID!) { supportIdea(ideaId: $id) { id } }', { id: idea.id }, { token: closer.token });
    await app.api.ok(UNFOLLOW, { id: idea.id }, { token: quitter.token });
    await app.api.ok('mutation($id: ID!) { withdrawIdea(ideaId: $id) { id stage } }', { id: idea.id }, { token: author.token });

    const updates = (list: Array<{ kind: string; idea: { id: string } | null }>) =>
      list.filter((n) => n.kind === 'FOLLOWED_IDEA_UPDATED' && n.idea?.id === idea.id);
    expect(updates(await kinds(reader))).toHaveLength(2);
    expect(updates(await kinds(quitter))).toHaveLength(1);
    // Nobody hears of their own doing: the closer moved it to TEAMING.
    expect(updates(await kinds(closer))).toHaveLength(1);
    expect(updates(await kinds(author))).toHaveLength(0);
    // The author hears as the author, and not of their own withdrawal.
    expect((await kinds(author)).filter((n) => n.kind === 'STAGE_CHANGED' && n.idea?.id === idea.id)).toHaveLength(1);
  });
});
