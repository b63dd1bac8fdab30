import { Given, TEST_PASSWORD, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TenantsService } from './tenants.service';

const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id slug name currencyName public suspended defaultLanguage settings { buzzThreshold minTeamSize liquidity liquidityAutomatic startingGrant } } }`;
const SETTINGS = `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { name currencyName public defaultLanguage settings { buzzThreshold buzzWindowDays minTeamSize minReviews liquidity startingGrant recruitBonus recruitBonusMonthlyCap teamingReward investmentReward implementedReward allowedEmailDomains } } }`;

describe('instances: the operator creates them, admins configure them', () => {
  let app: TestApp;
  let instance: GivenTenant;
  let member: GivenMember;
  const operator = { token: 'test-operator-token-that-is-long-enough' };

  beforeAll(async () => {
    app = await startTestApp();
    const given = new Given(app);
    instance = await given.tenant();
    member = await given.member(instance);
  });
  afterAll(() => app.close());

  const newTenant = (slug: string) => ({
    slug,
    name: 'Ministry of Tests',
    currencyName: 'Acorns',
    adminEmail: 'chief@tests.gov.uk',
    adminPassword: TEST_PASSWORD,
    adminDisplayName: 'Chief',
  });

  it('creates an instance with its first admin, who can sign in, only with the operator token', async () => {
    const slug = `ops-${Date.now()}`;
    expect(await app.api.code(CREATE_TENANT, { input: newTenant(slug) })).toBe('UNAUTHENTICATED');
    expect(await app.api.code(CREATE_TENANT, { input: newTenant(slug) }, { token: instance.admin.token })).toBe('UNAUTHENTICATED');

    const created = await app.api.ok<{ createTenant: Record<string, unknown> }>(CREATE_TENANT, { input: newTenant(slug) }, operator);
    expect(created.createTenant).toMatchObject({
      slug,
      currencyName: 'Acorns',
      public: false,
      suspended: false,
      defaultLanguage: 'en',
      // Sized to the new instance: one member (its admin) and a grant of 1,000.00 give b = one grant.
      settings: { buzzThreshold: 10, minTeamSize: 3, liquidity: '1000.00', liquidityAutomatic: true, startingGrant: '1000.00' },
    });
    const session = await app.api.ok<{ logIn: { member: { role: string } } }>(
      'mutation($i: LogInInput!) { logIn(input: $i) { member { role } } }',
      { i: { tenantSlug: slug, email: 'chief@tests.gov.uk', password: TEST_PASSWORD } },
    );
    expect(session.logIn.member.role).toBe('ADMIN');
    expect(await app.api.code(CREATE_TENANT, { input: newTenant(slug) }, operator)).toBe('CONFLICT');
  });

  it('refuses bad slugs and weak admin passwords, creating nothing', async () => {
    const bad = await app.api.request(CREATE_TENANT, { input: newTenant('Not A Slug!') }, operator);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'slug' }] });
    // The operator console lives at /operator, so an instance there would be unreachable.
    const reserved = await app.api.request(CREATE_TENANT, { input: newTenant('operator') }, operator);
    expect(reserved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'slug' }] });
    const weak = await app.api.request(CREATE_TENANT, { input: { ...newTenant('weak-admin'), adminPassword: 'short' } }, operator);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'adminPassword' }] });
    await expect(app.app.get(TenantsService).bySlug('weak-admin')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets an admin change every setting, and no one else', async () => {
    const input = {
      name: 'Renamed Instance',
      currencyName: 'Beans',
      public: true,
      defaultLanguage: 'cy',
      buzzThreshold: 7,
      buzzWindowDays: 14,
      minTeamSize: 2,
      minReviews: 3,
      liquidity: '250.00',
      startingGrant: '500.50',
      recruitBonus: '20.00',
      recruitBonusMonthlyCap: 4,
      teamingReward: '10.00',
      investmentReward: '15.00',
      implementedReward: '100.00',
      allowedEmailDomains: ['Example.gov.uk', 'other.gov.uk'],
    };
    expect(await app.api.code(SETTINGS, { input }, { token: member.token })).toBe('FORBIDDEN');
    const updated = await app.api.ok<{ updateTenantSettings: Record<string, unknown> }>(
      SETTINGS,
      { input },
      { token: instance.admin.token },
    );
    expect(updated.updateTenantSettings).toEqual({
      name: 'Renamed Instance',
      currencyName: 'Beans',
      public: true,
      defaultLanguage: 'cy',
      settings: {
        buzzThreshold: 7,
        buzzWindowDays: 14,
        minTeamSize: 2,
        minReviews: 3,
        liquidity: '250.00',
        startingGrant: '500.50',
        recruitBonus: '20.00',
        recruitBonusMonthlyCap: 4,
        teamingReward: '10.00',
        investmentReward: '15.00',
        implementedReward: '100.00',
        allowedEmailDomains: ['example.gov.uk', 'other.gov.uk'],
      },
    });
  });

  it.each([
    [{ buzzThreshold: 0 }, 'buzzThreshold'],
    [{ liquidity: '-5.00' }, 'liquidity'],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage'],
    [{ allowedEmailDomains: ['not a domain'] }, 'allowedEmailDomains'],
    [{ minTeamSize: 20, maxTeamSize: 5 }, 'minTeamSize'],
  ])('refuses the setting %j', async (input, field) => {
    const refused = await app.api.request(SETTINGS, { input }, { token: instance.admin.token });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('lets an admin change roles but never remove the last admin', async () => {
    const promoted = await app.api.ok<{ setRole: { role: string } }>(
      `mutation { setRole(memberId: "${member.id}", role: BOARD) { role } }`,
      {},
      { token: instance.admin.token },
    );
    expect(promoted.setRole.role).toBe('BOARD');
    // The new role ended the member's sign-in; signed in again, a board member still cannot grant roles.
    const selfPromotion = `mutation { setRole(memberId: "${member.id}", role: ADMIN) { role } }`;
    expect(await app.api.code(selfPromotion, {}, { token: member.token })).toBe('UNAUTHENTICATED');
    const again = await app.api.ok<{ logIn: { token: string } }>(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, {
      i: { tenantSlug: instance.slug, email: member.email, password: TEST_PASSWORD },
    });
    expect(await app.api.code(selfPromotion, {}, { token: again.logIn.token })).toBe('FORBIDDEN');
    expect(
      await app.api.code(
        `mutation { setRole(memberId: "${instance.admin.id}", role: MEMBER) { role } }`,
        {},
        { token: instance.admin.token },
      ),
    ).toBe('CONFLICT');
  });

  it('refuses sign-in and changes on a suspended instance, keeping its data readable to signed-in members', async () => {
    const suspended = await new Given(app).tenant();
    const stillIn = await new Given(app).member(suspended);
    await app.app.get(TenantsService).setSuspended(suspended.slug, true);
    expect(
      await app.api.code('mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
        i: { tenantSlug: suspended.slug, email: stillIn.email, password: TEST_PASSWORD },
      }),
    ).toBe('FORBIDDEN');
    expect(await app.api.code('mutation { createInvite { code } }', {}, { token: stillIn.token })).toBe('FORBIDDEN');
    expect((await app.api.ok<{ me: { id: string } }>('{ me { id } }', {}, { token: stillIn.token })).me.id).toBe(stillIn.id);
  });

  it('tells anyone the name and branding of an instance, and nothing for an unknown one', async () => {
    const info = await app.api.ok<{ instance: { name: string; restrictedSignUp: boolean } | null }>(
      `{ instance(slug: "${instance.slug}") { name restrictedSignUp } }`,
    );
    expect(info.instance?.name).toBeTruthy();
    expect((await app.api.ok<{ instance: null }>('{ instance(slug: "no-such-instance") { name } }')).instance).toBeNull();
  });
});
