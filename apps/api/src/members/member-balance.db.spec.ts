import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const ENTRY_BALANCE = '{ leaderboard(kind: INNOVATORS) { member { id balance } } }';
const NESTED_BALANCE = '{ leaderboard(kind: INNOVATORS, first: 3) { member { id ideas { comments { author { id balance } } } } } }';
const AUTHOR_BALANCE = '{ leaderboard(kind: INNOVATORS, first: 3) { member { id ideas { author { id balance } } } } }';

describe("a member's balance through the leaderboard", () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let commenter: GivenMember;
  let reader: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
    [author, commenter, reader] = await given.members(instance, 3);
    const idea = await given.idea(instance, author);
    await given.comment(commenter, idea);
  });
  afterAll(() => app.close());

  it("is public as a leaderboard entry's own member", async () => {
    const { leaderboard } = await app.api.ok<{ leaderboard: Array<{ member: { id: string; balance: string } }> }>(
      ENTRY_BALANCE,
      {},
      reader,
    );
    expect(leaderboard).toContainEqual({ member: { id: author.id, balance: '1000.00' } });
  });

  it('is refused for any member reached further down from an entry, and the entry is not answered with it', async () => {
    for (const query of [NESTED_BALANCE, AUTHOR_BALANCE]) {
      const result = await app.api.request(query, {}, reader);
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/"balance"/);
    }
  });

  it('is still visible to admins however it is reached', async () => {
    const { leaderboard } = await app.api.ok<{
      leaderboard: Array<{ member: { ideas: Array<{ comments: Array<{ author: { id: string; balance: string } }> }> } }>;
    }>(NESTED_BALANCE, {}, instance.admin);
    const commenters = leaderboard.flatMap((e) => e.member.ideas.flatMap((i) => i.comments.map((c) => c.author)));
    expect(commenters).toContainEqual({ id: commenter.id, balance: '1000.00' });
  });
});
