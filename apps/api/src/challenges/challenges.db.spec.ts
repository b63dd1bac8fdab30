import { randomUUID } from 'node:crypto';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const CREATE = `mutation($input: ChallengeInput!) { createChallenge(input: $input) { id title question description opensAt closesAt open } }`;
const CHALLENGE = `query($id: ID!) { challenge(id: $id) { id title open ideas(first: 10) { totalCount edges { node { id title challenge { id } } } } } }`;
const SUBMIT = `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id challenge { id title } } }`;
const DAY = 24 * 60 * 60 * 1000;

describe('challenges', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let member: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ public: true }));
    member = await given.member(instance);
  });
  afterAll(() => app.close());

  const dates = (opensInDays: number, closesInDays: number) => ({
    opensAt: new Date(Date.now() + opensInDays * DAY).toISOString(),
    closesAt: new Date(Date.now() + closesInDays * DAY).toISOString(),
  });
  const submitTo = (challengeId: string) =>
    app.api.request<{ submitIdea: { challenge: { id: string } | null } }>(
      SUBMIT,
      { input: { title: 'An answer to the question', description: 'Like this.', challengeId } },
      { token: member.token },
    );

  it('lets an admin pose a challenge that is open between its dates', async () => {
    const created = await app.api.ok<{ createChallenge: { open: boolean; title: string; description: string } }>(
      CREATE,
      { input: { title: 'Less paper', question: 'How might we print less?', description: 'Printing costs us a lot.', ...dates(-1, 10) } },
      { token: instance.admin.token },
    );
    expect(created.createChallenge).toMatchObject({ title: 'Less paper', open: true, description: 'Printing costs us a lot.' });
  });

  it('refuses a challenge from anyone but an admin, and one that closes before it opens', async () => {
    const input = { title: 'Less paper', question: 'How might we print less?', ...dates(0, 10) };
    expect(await app.api.code(CREATE, { input }, { token: member.token })).toBe('FORBIDDEN');
    const moderator = await given.member(instance, { role: 'MODERATOR' });
    expect(await app.api.code(CREATE, { input }, { token: moderator.token })).toBe('FORBIDDEN');
    const backwards = await app.api.request(CREATE, { input: { ...input, ...dates(5, 1) } }, { token: instance.admin.token });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'closesAt' }] });
    const short = await app.api.request(CREATE, { input: { ...input, title: 'Hi' } }, { token: instance.admin.token });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'title' }] });
  });

  it('takes ideas while open and lists them on the challenge, readable without signing in', async () => {
    const challenge = await given.challenge(instance);
    const answer = await submitTo(challenge.id);
    expect(answer.data?.submitIdea.challenge?.id).toBe(challenge.id);
    const seen = await app.api.ok<{
      challenge: { open: boolean; ideas: { totalCount: number; edges: Array<{ node: { challenge: { id: string } } }> } };
    }>(CHALLENGE, { id: challenge.id }, { tenant: instance.slug });
    expect(seen.challenge.open).toBe(true);
    expect(seen.challenge.ideas.totalCount).toBe(1);
    expect(seen.challenge.ideas.edges[0].node.challenge.id).toBe(challenge.id);
  });

  it('refuses ideas for a challenge that has not opened or has closed, or does not exist', async () => {
    const upcoming = await given.challenge(instance, { opensAt: new Date(Date.now() + DAY) });
    const closed = await given.challenge(instance, { opensAt: new Date(Date.now() - 10 * DAY), closesAt: new Date(Date.now() - DAY) });
    for (const id of [upcoming.id, closed.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await submitTo(id);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'challengeId' }] });
    }
  });

  it('lists open challenges first, then upcoming, then closed', async () => {
    const own = await given.tenant();
    const closed = await given.challenge(own, { opensAt: new Date(Date.now() - 10 * DAY), closesAt: new Date(Date.now() - DAY) });
    const upcoming = await given.challenge(own, { opensAt: new Date(Date.now() + DAY) });
    const open = await given.challenge(own);
    const listed = await app.api.ok<{ challenges: Array<{ id: string; open: boolean }> }>(
      '{ challenges { id open } }',
      {},
      { token: own.admin.token },
    );
    expect(listed.challenges.map((c) => c.id)).toEqual([open.id, upcoming.id, closed.id]);
    expect(listed.challenges.map((c) => c.open)).toEqual([true, false, false]);
  });

  it('answers null for an unknown challenge, and BAD_USER_INPUT for an id that is not one', async () => {
    const seen = await app.api.ok<{ challenge: unknown }>(CHALLENGE, { id: randomUUID() }, { token: member.token });
    expect(seen.challenge).toBeNull();
    expect(await app.api.code(CHALLENGE, { id: 'nope' }, { token: member.token })).toBe('BAD_USER_INPUT');
  });
});
