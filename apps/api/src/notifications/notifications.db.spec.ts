import type { Client } from 'graphql-ws';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { untilSubscribed } from '../testing/live-subscribers';
import type { TestApp } from '../testing/test-app';
import { notificationTopic } from './notifications.service';

const NOTIFICATIONS = `query($first: Int, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) { id kind message read createdAt idea { id title } }
}`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

interface SeenNotification {
  id: string;
  kind: string;
  message: string;
  read: boolean;
  idea: { id: string; title: string } | null;
}

describe('notifications', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 2 } })));
  afterAll(() => app.close());

  const inbox = (member: GivenMember, variables: Record<string, unknown> = {}) =>
    app.api.ok<{ notifications: SeenNotification[] }>(NOTIFICATIONS, variables, { token: member.token }).then((d) => d.notifications);
  const unread = (member: GivenMember) =>
    app.api.ok<{ unreadNotificationCount: number }>(UNREAD, {}, { token: member.token }).then((d) => d.unreadNotificationCount);

  it('tells authors of support, comments, replies and stage changes, newest first, and never of their own acts', async () => {
    const author = await given.member(instance);
    const commenter = await given.member(instance, { displayName: 'Cy Commenter' });
    const idea = await given.idea(instance, author, { title: 'Shared printers' });
    const comment = await given.comment(commenter, idea);
    await given.comment(author, idea, { parentId: comment.id, body: 'Thanks!' });
    const [supporter] = await given.supporters(instance, idea, 1);

    const authorInbox = await inbox(author);
    expect(authorInbox.map((n) => n.kind)).toEqual(['STAGE_CHANGED', 'IDEA_SUPPORTED', 'IDEA_COMMENTED']);
    expect(authorInbox[2]).toMatchObject({
      message: 'Cy Commenter commented on your idea "Shared printers".',
      read: false,
      idea: { id: idea.id, title: 'Shared printers' },
    });
    expect(authorInbox[0].message).toMatch(/^Your idea "Shared printers" moved to teaming/);
    const commenterInbox = await inbox(commenter);
    expect(commenterInbox.map((n) => n.kind)).toEqual(['COMMENT_REPLIED']);
    expect(await inbox(supporter)).toEqual([]);
  });

  it('tells an author once when a reply to their own comment is on their own idea', async () => {
    const author = await given.member(instance);
    const other = await given.member(instance);
    const idea = await given.idea(instance, author);
    const own = await given.comment(author, idea);
    await given.comment(other, idea, { parentId: own.id });
    expect((await inbox(author)).map((n) => n.kind)).toEqual(['COMMENT_REPLIED']);
  });

  it('counts unread ones and marks some or all read, returning how many changed', async () => {
    const author = await given.member(instance);
    const idea = await given.idea(instance, author);
    const members = await given.members(instance, 3);
    for (const member of members) await given.comment(member, idea);
    expect(await unread(author)).toBe(4);
    const [newest] = await inbox(author);
    expect(await app.api.ok(MARK, { ids: [newest.id] }, { token: author.token })).toEqual({ markNotificationsRead: 1 });
    expect(await app.api.ok(MARK, { ids: [newest.id] }, { token: author.token })).toEqual({ markNotificationsRead: 0 });
    expect(await unread(author)).toBe(3);
    expect((await inbox(author, { unreadOnly: true })).map((n) => n.id)).not.toContain(newest.id);
    expect(await inbox(author, { first: 2 })).toHaveLength(2);
    expect(await app.api.ok(MARK, {}, { token: author.token })).toEqual({ markNotificationsRead: 3 });
    expect(await unread(author)).toBe(0);
  });

  it("cannot read or mark another member's notifications", async () => {
    const author = await given.member(instance);
    const snoop = await given.member(instance);
    const idea = await given.idea(instance, author);
    await given.comment(snoop, idea);
    const [mine] = await inbox(author);
    expect(await app.api.ok(MARK, { ids: [mine.id] }, { token: snoop.token })).toEqual({ markNotificationsRead: 0 });
    expect(await unread(author)).toBe(1);
    expect(await app.api.code(MARK, { ids: ['nope'] }, { token: author.token })).toBe('BAD_USER_INPUT');
    expect(await app.api.code(UNREAD, {}, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });

  describe('live, over a GraphQL subscription', () => {
    const clients = new LiveClients();
    afterAll(() => clients.disposeAll());

    const connect = (connectionParams: Record<string, string>) => clients.connect(app, connectionParams).client;

    /** Subscribes and resolves with the first event, or the error, of notificationAdded. */
    const firstNotification = (client: Client) => {
      const iterator = client.iterate<{ notificationAdded: SeenNotification }>({
        query: 'subscription { notificationAdded { kind message idea { id } } }',
      });
      return { next: iterator.next(), stop: () => iterator.return?.() };
    };

    it('delivers a new notification to its member only, after the change commits', async () => {
      const author = await given.member(instance);
      const bystander = await given.member(instance);
      const idea = await given.idea(instance, author, { title: 'Live idea' });
      const mine = firstNotification(connect(signedIn(author)));
      const theirs = firstNotification(connect(signedIn(bystander)));
      await untilSubscribed(app, notificationTopic(instance.tenant.id, author.id));
      await untilSubscribed(app, notificationTopic(instance.tenant.id, bystander.id));

      await given.supporters(instance, idea, 1);

      const event = await mine.next;
      expect(event.value?.data?.notificationAdded).toMatchObject({ kind: 'IDEA_SUPPORTED', idea: { id: idea.id } });
      // The bystander's first event is then news of their own idea, not the author's.
      const theirIdea = await given.idea(instance, bystander, { title: 'Their own idea' });
      await given.supporters(instance, theirIdea, 1);
      expect((await theirs.next).value?.data?.notificationAdded).toMatchObject({ kind: 'IDEA_SUPPORTED', idea: { id: theirIdea.id } });
      await mine.stop();
      await theirs.stop();
    });

    it('refuses a connection with a bad token, and a subscription without a member', async () => {
      const bad = firstNotification(connect({ authorization: 'Bearer forged' }));
      await expect(bad.next).rejects.toBeDefined();
      const anonymous = firstNotification(connect({ 'x-tenant': instance.slug }));
      const result = await anonymous.next.catch((error: unknown) => error);
      expect(JSON.stringify(result)).toMatch(/UNAUTHENTICATED|Sign in/);
    });
  });
});
