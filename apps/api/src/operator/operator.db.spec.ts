import { Given, TEST_PASSWORD, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

const TENANTS = '{ tenants { id slug name public suspended members ideas lastActivityAt createdAt } }';
const SUSPEND = 'mutation($slug: String!, $s: Boolean!) { suspendTenant(slug: $slug, suspended: $s) { slug suspended members } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';

describe('the platform operator', () => {
  let app: TestApp;
  let instance: GivenTenant;
  let member: GivenMember;
  const operator = { token: 'test-operator-token-that-is-long-enough' };

  beforeAll(async () => {
    app = await startTestApp();
    const given = new Given(app);
    instance = await given.tenant();
    member = await given.member(instance);
    await given.member(instance);
  });
  afterAll(() => app.close());

  it('lists every instance with its size, and only the operator can', async () => {
    const { tenants } = await app.api.ok<{ tenants: Array<{ slug: string; members: number; ideas: number }> }>(TENANTS, {}, operator);
    expect(tenants.find((t) => t.slug === instance.slug)).toMatchObject({ members: 3, ideas: 0 });
    expect(await app.api.code(TENANTS, {}, { token: instance.admin.token })).toBe('UNAUTHENTICATED');
    expect(await app.api.code(TENANTS)).toBe('UNAUTHENTICATED');
  });

  it('cannot read any instance content with the operator token', async () => {
    expect(await app.api.code('{ me { id } }', {}, operator)).toBe('UNAUTHENTICATED');
    expect(await app.api.code('{ tenant { name } }', {}, { ...operator, tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });

  it('suspends an instance, which refuses sign-in and changes but keeps its data, then reactivates it', async () => {
    const suspended = await app.api.ok<{ suspendTenant: { suspended: boolean; members: number } }>(
      SUSPEND,
      { slug: instance.slug, s: true },
      operator,
    );
    expect(suspended.suspendTenant).toEqual({ slug: instance.slug, suspended: true, members: 3 });
    const login = { i: { tenantSlug: instance.slug, email: member.email, password: TEST_PASSWORD } };
    expect(await app.api.code(LOG_IN, login)).toBe('FORBIDDEN');
    expect(await app.api.code('mutation { createInvite { code } }', {}, { token: member.token })).toBe('FORBIDDEN');

    await app.api.ok(SUSPEND, { slug: instance.slug, s: false }, operator);
    expect((await app.api.request(LOG_IN, login)).errors).toBeUndefined();
    // Its admins read both calls in their audit log, by nobody of theirs.
    const audit = await app.api.ok<{ auditLog: Array<{ action: string; kind: string; actor: null }> }>(
      '{ auditLog(first: 2) { action kind actor { id } } }',
      {},
      { token: instance.admin.token },
    );
    expect(audit.auditLog).toEqual([
      { action: 'REACTIVATE_INSTANCE', kind: 'TENANT', actor: null },
      { action: 'SUSPEND_INSTANCE', kind: 'TENANT', actor: null },
    ]);
  });

  it('answers NOT_FOUND for an unknown instance', async () => {
    expect(await app.api.code(SUSPEND, { slug: 'no-such-instance', s: true }, operator)).toBe('NOT_FOUND');
  });
});

describe('suspending a member', () => {
  let app: TestApp;
  let instance: GivenTenant;
  let member: GivenMember;
  const SUSPEND_MEMBER = 'mutation($id: ID!, $s: Boolean!) { suspendMember(memberId: $id, suspended: $s) { id suspended } }';

  beforeAll(async () => {
    app = await startTestApp();
    const given = new Given(app);
    instance = await given.tenant();
    member = await given.member(instance);
  });
  afterAll(() => app.close());

  it('stops the member signing in or acting until restored, and only admins can do it', async () => {
    expect(await app.api.code(SUSPEND_MEMBER, { id: instance.admin.id, s: true }, { token: member.token })).toBe('FORBIDDEN');
    await app.api.ok(SUSPEND_MEMBER, { id: member.id, s: true }, { token: instance.admin.token });
    expect(await app.api.code('{ me { id } }', {}, { token: member.token })).toBe('UNAUTHENTICATED');
    const login = { i: { tenantSlug: instance.slug, email: member.email, password: TEST_PASSWORD } };
    expect(await app.api.code(LOG_IN, login)).toBe('FORBIDDEN');

    await app.api.ok(SUSPEND_MEMBER, { id: member.id, s: false }, { token: instance.admin.token });
    expect((await app.api.request(LOG_IN, login)).errors).toBeUndefined();
  });

  it('does not let an admin suspend themself', async () => {
    expect(await app.api.code(SUSPEND_MEMBER, { id: instance.admin.id, s: true }, { token: instance.admin.token })).toBe('BAD_USER_INPUT');
  });
});
