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

  it('lets admins find, filter and page members, suspended ones included, and record why one was suspended', async () => {
    const ADMIN_LIST = `query($status: MemberStatus, $role: Role, $first: Int, $offset: Int) {
      members(status: $status, role: $role, first: $first, offset: $offset) { displayName suspended role }
    }`;
    const SUSPEND = `mutation($id: ID!, $reason: String) { suspendMember(memberId: $id, suspended: true, reason: $reason) { id suspended } }`;
    const admin = { token: instance.admin.token };
    await app.api.ok(SUSPEND, { id: grace.id, reason: '  Left the department  ' }, admin);

    const names = async (variables: Record<string, unknown>) =>
      (await app.api.ok<{ members: Array<{ displayName: string }> }>(ADMIN_LIST, variables, admin)).members.map((m) => m.displayName);
    expect(await names({})).toEqual(['Ada Lovelace', 'Admin']);
    expect(await names({ status: 'SUSPENDED' })).toEqual(['Grace Hopper']);
    expect(await names({ status: 'ALL' })).toEqual(['Ada Lovelace', 'Admin', 'Grace Hopper']);
    expect(await names({ status: 'ALL', first: 2, offset: 1 })).toEqual(['Admin', 'Grace Hopper']);
    expect(await names({ status: 'ALL', role: 'ADMIN' })).toEqual(['Admin']);

    const log = await app.api.ok<{ auditLog: Array<{ action: string; reason: string | null }> }>(
      'query { auditLog(first: 1) { action reason } }',
      {},
      admin,
    );
    expect(log.auditLog).toEqual([{ action: 'SUSPEND_MEMBER', reason: 'Left the department' }]);
    expect(await app.api.code(ADMIN_LIST, { status: 'SUSPENDED' }, { token: ada.token })).toBe('FORBIDDEN');
    expect(await app.api.code(SUSPEND, { id: ada.id, reason: 'x'.repeat(501) }, admin)).toBe('BAD_USER_INPUT');
    await app.api.ok('mutation($id: ID!) { suspendMember(memberId: $id, suspended: false) { id } }', { id: grace.id }, admin);
    expect(await names({ status: 'SUSPENDED' })).toEqual([]);
  });

  it('needs a signed-in member', async () => {
    expect(await app.api.code(DIRECTORY, {}, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });
});
