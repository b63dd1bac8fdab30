import { Given, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

/** What an anonymous visitor naming an instance with X-Tenant may read, for each read the contract opens. */
const READS: Record<string, string> = {
  ideas: '{ ideas(first: 5) { totalCount edges { node { id title } } } }',
  idea: 'query($id: ID!) { idea(id: $id) { id title } }',
  leaderboard: '{ leaderboard(kind: INNOVATORS, period: WEEK) { rank score member { displayName } } }',
  tenant: '{ tenant { slug name public } }',
  challenges: '{ challenges { id title } }',
};

describe('public and internal instances, read without signing in', () => {
  let app: TestApp;
  let given: Given;
  let open: GivenTenant;
  let internal: GivenTenant;
  const ideaOf: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    open = await given.tenant({ public: true });
    internal = await given.tenant();
    for (const instance of [open, internal]) {
      const author = await given.member(instance);
      ideaOf[instance.slug] = (await given.idea(instance, author, { title: 'Share bikes between offices' })).id;
      await given.challenge(instance);
    }
  });
  afterAll(() => app.close());

  it.each(Object.keys(READS))('answers %s anonymously on a public instance', async (read) => {
    const result = await app.api.request(READS[read], { id: ideaOf[open.slug] }, { tenant: open.slug });

    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toBe('{}');
  });

  it('shows the public instance its ideas, leaders and challenges', async () => {
    const data = await app.api.ok<Record<string, unknown>>(
      `{ ideas(first: 5) { totalCount } leaderboard(kind: INNOVATORS) { score } tenant { public } challenges { id } }`,
      {},
      { tenant: open.slug },
    );
    expect(data).toEqual({
      ideas: { totalCount: 1 },
      leaderboard: [{ score: '10.00' }],
      tenant: { public: true },
      challenges: [expect.any(Object)],
    });
  });

  it.each(Object.keys(READS))('answers %s UNAUTHENTICATED on an internal instance', async (read) => {
    expect(await app.api.code(READS[read], { id: ideaOf[internal.slug] }, { tenant: internal.slug })).toBe('UNAUTHENTICATED');
  });

  it('needs an account to write, even on a public instance', async () => {
    const submit = 'mutation { submitIdea(input: { title: "Anonymous idea", description: "No one signed in." }) { id } }';
    expect(await app.api.code(submit, {}, { tenant: open.slug })).toBe('UNAUTHENTICATED');
    const support = 'mutation($id: ID!) { supportIdea(ideaId: $id) { id } }';
    expect(await app.api.code(support, { id: ideaOf[open.slug] }, { tenant: open.slug })).toBe('UNAUTHENTICATED');
    expect(await app.api.code('{ myRank(kind: INNOVATORS) { rank } }', {}, { tenant: open.slug })).toBe('UNAUTHENTICATED');
  });
});
