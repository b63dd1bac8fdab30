import { LivePubSub } from '../live/live-pubsub';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { untilEarlierEventsHeard } from '../testing/live-subscribers';
import { RequestStatements } from '../testing/request-statements';
import type { TestApp } from '../testing/test-app';
import { notificationTopic } from './notifications.service';

const FOLLOW = 'mutation($id: ID!) { followIdea(ideaId: $id) { id } }';
const LANGUAGE = 'mutation($language: String) { updateProfile(input: { language: $language }) { language } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawIdea(ideaId: $id) { id stage } }';

/** A statement reading a member's chosen language or the instance's default one. */
const readsLanguage = (sql: string) =>
  /SELECT[^;]*\blanguage\b[^;]*FROM members\b/i.test(sql) || /default_language\s+FROM tenants/i.test(sql);

interface Heard {
  kind: string;
  message: string;
}

describe('a fan-out of notifications to an idea’s followers', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let statements: RequestStatements;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 100 } }));
    statements = new RequestStatements(app);
  });
  afterAll(async () => {
    statements.stop();
    await app.close();
  });

  /** An idea with `count` followers, every other one reading Welsh, withdrawn by its author. */
  const withdrawFollowed = async (count: number) => {
    const author = await given.member(instance);
    const idea = await given.idea(instance, author, { title: `Followed by ${count}` });
    const followers = await given.members(instance, count);
    const welsh = new Set<GivenMember>();
    for (const [i, follower] of followers.entries()) {
      await app.api.ok(FOLLOW, { id: idea.id }, { token: follower.token });
      if (i % 2 === 0) {
        await app.api.ok(LANGUAGE, { language: 'cy' }, { token: follower.token });
        welsh.add(follower);
      }
    }
    // Subscribed in this process before the change, so no announcement can be missed, and after
    // every earlier one has been heard, so none still on its way is taken for the withdrawal's.
    await untilEarlierEventsHeard(app, instance.tenant.id);
    const live = app.app.get(LivePubSub);
    const inboxes = followers.map((follower) => live.subscribe<Heard>(notificationTopic(instance.tenant.id, follower.id)));

    const { queries } = await statements.of(() => app.api.ok(WITHDRAW, { id: idea.id }, { token: author.token }));

    const heard = await Promise.all(
      inboxes.map(async (inbox) => {
        const next = await inbox.next();
        await inbox.return?.();
        return next.value as Heard;
      }),
    );
    return { languageReads: queries.filter(readsLanguage).length, followers, welsh, heard };
  };

  it('reads the readers’ languages with as many statements for 24 followers as for 2, and words each in their own', async () => {
    const few = await withdrawFollowed(2);
    const many = await withdrawFollowed(24);

    // One statement for the members' own choices, one for the instance's default (some never chose).
    expect(few.languageReads).toBe(2);
    expect(many.languageReads).toBe(few.languageReads);
    for (const { followers, welsh, heard } of [few, many]) {
      followers.forEach((follower, i) => {
        expect(heard[i].kind).toBe('FOLLOWED_IDEA_UPDATED');
        expect(heard[i].message).toContain(welsh.has(follower) ? 'syniad rydych yn ei ddilyn' : 'an idea you follow');
      });
    }
  });
});
