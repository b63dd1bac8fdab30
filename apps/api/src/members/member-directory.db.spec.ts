import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

const UPDATE = `mutation($input: ProfileInput!) { updateProfile(input: $input) { id displayName department skills bio } }`;
const DIRECTORY = `query($skill: String, $search: String, $first: Int) { members(skill: $skill, search: $search, first: $first) { displayName department skills } }`;

describe('profiles and the member directory', () => {
  let app: TestApp;
  let instance: GivenTenant;
  let ada: GivenMember;
  let grace: GivenMember;

  beforeAll(async () => {
    app = await startTestApp();
    const given = new Given(app);
    instance = await given.tenant();
    ada = await given.member(instance, { displayName: 'Ada Lovelace' });
    grace = await given.member(instance, { displayName: 'Grace Hopper' });
    await given.member(await given.tenant(), { displayName: 'Ada Elsewhere' });
  });
  afterAll(() => app.close());

  it('lets members describe themselves, normalising skills', async () => {
    const saved = await app.api.ok<{ updateProfile: Record<string, unknown> }>(
      UPDATE,
      { input: { department: ' Digital Services ', skills: ['Data Analysis', 'data analysis', ' Procurement '], bio: 'Numbers.' } },
      { token: ada.token },
    );
    expect(saved.updateProfile).toEqual({
      id: ada.id,
      displayName: 'Ada Lovelace',
      department: 'Digital Services',
      skills: ['data analysis', 'procurement'],
      bio: 'Numbers.',
    });
    await app.api.ok(UPDATE, { input: { department: 'Finance', skills: ['budgeting'] } }, { token: grace.token });
  });

  it('finds people by skill, by name or department words, only in the same instance', async () => {
    const bySkill = await app.api.ok<{ members: Array<{ displayName: string }> }>(
      DIRECTORY,
      { skill: 'Procurement' },
      { token: grace.token },
    );
    expect(bySkill.members.map((m) => m.displayName)).toEqual(['Ada Lovelace']);
    const byName = await app.api.ok<{ members: Array<{ displayName: string }> }>(DIRECTORY, { search: 'ada' }, { token: grace.token });
    expect(byName.members.map((m) => m.displayName)).toEqual(['Ada Lovelace']);
    const byDepartment = await app.api.ok<{ members: Array<{ displayName: string }> }>(
      DIRECTORY,
      { search: 'finance' },
      { token: ada.token },
    );
    expect(byDepartment.members.map((m) => m.displayName)).toEqual(['Grace Hopper']);
    const wildcard = await app.api.ok<{ members: unknown[] }>(DIRECTORY, { search: '%' }, { token: ada.token });
    expect(wildcard.members).toEqual([]);
  });

  it('refuses over-long or empty profile fields', async () => {
    const refused = await app.api.request(UPDATE, { input: { displayName: ' ', skills: ['x'.repeat(41)] } }, { token: ada.token });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (refused.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['displayName', 'skills']));
  });

  it('needs a signed-in member', async () => {
    expect(await app.api.code(DIRECTORY, {}, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });
});
