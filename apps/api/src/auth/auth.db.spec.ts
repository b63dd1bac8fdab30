import { loadConfig } from '../config/app-config';
import { Database } from '../database/database.service';
import { startWithInstance } from '../testing/app-with-instance';
import { clearOfWindowEdge } from '../testing/clock';
import { Given, TEST_DOMAIN, TEST_PASSWORD, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Tokens } from './tokens';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token member { id displayName role } tenant { slug currencyName } }
}`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token member { id displayName } } }`;
const ME = `query { me { id displayName role joinedAt suspended } }`;

describe('signing up and signing in', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
  });
  afterAll(() => app.close());

  const signUp = (input: Record<string, unknown>) =>
    app.api.request<{ signUp: { token: string; member: { id: string; role: string } } }>(SIGN_UP, {
      input: { tenantSlug: instance.slug, password: TEST_PASSWORD, displayName: 'Sam Civil', ...input },
    });

  it('lets a colleague with an allowed e-mail domain join, and their token says who they are', async () => {
    const joined = await signUp({ email: `sam@${TEST_DOMAIN}` });
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.signUp.member.role).toBe('MEMBER');

    const me = await app.api.ok<{ me: { id: string; displayName: string } }>(ME, {}, { token: joined.data?.signUp.token });
    expect(me.me).toMatchObject({ id: joined.data?.signUp.member.id, displayName: 'Sam Civil' });
  });

  it('answers sign-up and sign-in as the member they establish, own balance and every field included', async () => {
    const fields = 'id displayName role department skills balance bio suspended joinedAt';
    const joined = await app.api.request<{ signUp: { member: { balance: string } } }>(
      `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token member { ${fields} } } }`,
      { input: { tenantSlug: instance.slug, password: TEST_PASSWORD, displayName: 'Bal Ance', email: `balance@${TEST_DOMAIN}` } },
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.signUp.member.balance).toMatch(/^\d+\.\d{2}$/);

    const signedIn = await app.api.request<{ logIn: { member: { balance: string } } }>(
      `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token member { ${fields} } } }`,
      { input: { tenantSlug: instance.slug, password: TEST_PASSWORD, email: `balance@${TEST_DOMAIN}` } },
    );
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.logIn.member.balance).toBe(joined.data?.signUp.member.balance);
  });

  it('accepts sub-domains of an allowed domain and refuses other domains on an internal instance', async () => {
    expect((await signUp({ email: `kim@digital.${TEST_DOMAIN}` })).errors).toBeUndefined();
    const refused = await signUp({ email: 'someone@gmail.com' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an outsider in with a valid invite code and records who invited them', async () => {
    const inviter = await given.member(instance);
    const invite = await app.api.ok<{ createInvite: { code: string } }>('mutation { createInvite { code } }', {}, { token: inviter.token });
    const joined = await signUp({ email: 'friend@partner.org', inviteCode: invite.createInvite.code });
    expect(joined.errors).toBeUndefined();
    const row = await app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.one<{ invited_by: string }>('SELECT invited_by FROM members WHERE id = $1', [joined.data?.signUp.member.id]),
      );
    expect(row?.invited_by).toBe(inviter.id);
  });

  it('refuses an unknown invite code with a field error', async () => {
    const refused = await signUp({ email: 'friend2@partner.org', inviteCode: 'not-a-real-code' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'inviteCode' }] });
  });

  it('lets anyone join a public instance', async () => {
    const open = await given.tenant({ public: true });
    const joined = await app.api.request(SIGN_UP, {
      input: { tenantSlug: open.slug, email: 'citizen@mail.example', password: TEST_PASSWORD, displayName: 'Citizen' },
    });
    expect(joined.errors).toBeUndefined();
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ email: `short@${TEST_DOMAIN}`, password: 'short' }, 'password'],
    [{ email: `common@${TEST_DOMAIN}`, password: 'password123' }, 'password'],
    [{ email: `blank@${TEST_DOMAIN}`, displayName: '   ' }, 'displayName'],
  ])('refuses bad input %j naming the field %s', async (input, field) => {
    const refused = await signUp(input);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses unknown input fields', async () => {
    const refused = await signUp({ email: `x@${TEST_DOMAIN}`, role: 'ADMIN' });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a second account with the same e-mail in any letter case', async () => {
    await signUp({ email: `twice@${TEST_DOMAIN}` });
    const again = await signUp({ email: `TWICE@${TEST_DOMAIN}` });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('signs in with the right password only, with one message for unknown accounts and wrong passwords', async () => {
    const member = await given.member(instance);
    const ok = await app.api.request(LOG_IN, {
      input: { tenantSlug: instance.slug, email: member.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(ok.errors).toBeUndefined();
    const wrong = await app.api.request(LOG_IN, {
      input: { tenantSlug: instance.slug, email: member.email, password: 'not the password' },
    });
    const unknown = await app.api.request(LOG_IN, {
      input: { tenantSlug: instance.slug, email: `nobody@${TEST_DOMAIN}`, password: 'not the password' },
    });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('refuses requests with a forged or missing token', async () => {
    expect(await app.api.code(ME)).toBe('UNAUTHENTICATED');
    expect(await app.api.code(ME, {}, { token: 'forged.token.value' })).toBe('UNAUTHENTICATED');
    const forged = new Tokens('another-secret', 60).sign({ id: instance.admin.id, tenantId: instance.tenant.id, tokenVersion: 0 });
    expect(await app.api.code(ME, {}, { token: forged })).toBe('UNAUTHENTICATED');
  });
});

describe('rate limits on signing in and signing up', () => {
  let app: TestApp;
  let replica: TestApp;
  let instance: GivenTenant;
  // Counters are shared by every process on the database (other specs' too): each test comes
  // from an address of its own, told by the balancer (one trusted hop).
  const from = () => ({
    headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}, 198.51.100.${Math.floor(Math.random() * 250)}` },
  });
  const limits = {
    trustProxyHops: 1,
    logIn: { perAddress: 6, perAccount: 3, windowMs: 60_000 },
    signUp: { perAddress: 4, perAccount: 2, windowMs: 60_000 },
  };

  beforeAll(async () => {
    app = await startTestApp(limits);
    replica = await startTestApp(limits);
    instance = await new Given(app).tenant();
  });
  afterAll(async () => {
    await app.close();
    await replica.close();
  });

  it('stops password guessing against one account, across replicas, then from one address', async () => {
    await clearOfWindowEdge(limits.logIn.windowMs);
    const address = from();
    const attempt = (api: TestApp, email: string) =>
      api.api.request(LOG_IN, { input: { tenantSlug: instance.slug, email, password: 'guess guess guess' } }, address);
    const codes: Array<string | undefined> = [];
    // Guesses alternate between two processes, as a balancer spreads them: the limit holds across both.
    for (let i = 0; i < 4; i++) codes.push((await attempt(i % 2 === 0 ? app : replica, instance.admin.email)).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);

    const others: Array<string | undefined> = [];
    for (let i = 0; i < 3; i++) others.push((await attempt(replica, `other${i}@${TEST_DOMAIN}`)).errors?.[0].extensions?.code);
    expect(others).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  }, 120_000);

  it('limits sign-ups per address, believing only the hop the balancer added', async () => {
    await clearOfWindowEdge(limits.signUp.windowMs);
    const codes: Array<string | undefined> = [];
    const office = from().headers['x-forwarded-for'].split(', ')[1];
    for (let i = 0; i < 5; i++) {
      // A client cannot dodge the limit by forging the earlier entries of X-Forwarded-For.
      const forged = { headers: { 'x-forwarded-for': `10.0.${i}.1, ${office}` } };
      const result = await app.api.request(
        SIGN_UP,
        { input: { tenantSlug: instance.slug, email: `rush${i}@${TEST_DOMAIN}`, password: TEST_PASSWORD, displayName: 'Rush' } },
        forged,
      );
      codes.push(result.errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  }, 120_000);

  it('by default lets an office of 500 behind one address all join within the hour, and guesses an account only 10 times', () => {
    const defaults = loadConfig({ OPERATOR_TOKEN: 'x'.repeat(32), JWT_SECRET: 'y'.repeat(32) }, { dataDir: app.config.dataDir });
    expect(defaults.signUp.perAddress).toBeGreaterThanOrEqual(500);
    expect(defaults.signUp.windowMs).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(defaults.logIn.perAccount).toBeLessThanOrEqual(10);
    expect(defaults.trustProxyHops).toBe(0);
  });
});
