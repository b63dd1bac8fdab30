import { clearOfWindowEdge } from '../testing/clock';
import { startWithInstance } from '../testing/app-with-instance';
import { type Given, TEST_DOMAIN, TEST_PASSWORD, type GivenTenant } from '../testing/given';
import { linkIn, MailCatcher } from '../testing/mail-catcher';
import type { TestApp } from '../testing/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token member { id emailVerified } } }`;
const ME = `{ me { id emailVerified } }`;
const SUBMIT = `mutation { submitIdea(input: { title: "Shared printers", description: "Fewer printers, shared by floor." }) { id } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { token member { id emailVerified balance } } }`;
const RESEND = `mutation { resendVerification }`;
const REQUEST_RESET = `mutation($slug: String!, $email: String!) { requestPasswordReset(tenantSlug: $slug, email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { token member { id balance } } }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token member { id balance } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token } }`;
const LANGUAGE = `mutation($language: String) { updateProfile(input: { language: $language }) { language } }`;
const NEW_PASSWORD = 'a brand new passphrase for tests';

describe('verified sign-ups, password reset and change, by e-mail', () => {
  let mail: MailCatcher;
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    mail = await MailCatcher.start();
    ({ app, given, instance } = await startWithInstance({}, { smtpUrl: mail.url, publicUrl: 'https://ideas.example.gov.uk' }));
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const signUp = async (email: string, slug = instance.slug, language?: string) => {
    const data = await app.api.ok<{ signUp: { token: string; member: { id: string; emailVerified: boolean } } }>(SIGN_UP, {
      input: { tenantSlug: slug, email, password: TEST_PASSWORD, displayName: 'Sam Civil', language },
    });
    return data.signUp;
  };

  it('lets a new member of an internal instance sign in but act only once the e-mailed link is followed, once', async () => {
    const email = `sam@${TEST_DOMAIN}`;
    const joined = await signUp(email);
    expect(joined.member.emailVerified).toBe(false);
    expect(await app.api.ok(ME, {}, { token: joined.token })).toEqual({ me: { id: joined.member.id, emailVerified: false } });
    expect(await app.api.code(SUBMIT, {}, { token: joined.token })).toBe('EMAIL_NOT_VERIFIED');

    const message = await mail.waitFor(email);
    expect(message.subject).toBe(`Confirm your e-mail address for ${instance.tenant.name}`);
    expect(message.html).toContain('<a href="https://ideas.example.gov.uk/');
    const link = linkIn(message, `https://ideas.example.gov.uk/${instance.slug}/verify-email?token=`);
    const token = link.searchParams.get('token') as string;

    const verified = await app.api.ok<{ verifyEmail: { token: string; member: { emailVerified: boolean; balance: string } } }>(VERIFY, {
      token,
    });
    expect(verified.verifyEmail.member).toMatchObject({ emailVerified: true, balance: expect.stringMatching(/^\d+\.\d{2}$/) });
    expect(await app.api.ok(SUBMIT, {}, { token: joined.token })).toMatchObject({ submitIdea: { id: expect.any(String) } });
    expect(await app.api.code(VERIFY, { token })).toBe('NOT_FOUND');
    expect(await app.api.code(VERIFY, { token: 'not-a-token' })).toBe('NOT_FOUND');
  });

  it('sends a fresh link on request, replacing the old one, within a limit', async () => {
    await clearOfWindowEdge(60 * 60 * 1000);
    const email = `resend@${TEST_DOMAIN}`;
    const joined = await signUp(email);
    const first = await mail.waitFor(email);
    expect(await app.api.ok(RESEND, {}, { token: joined.token })).toEqual({ resendVerification: true });
    await mail.waitFor(email, (m) => m !== first);
    const [older, newer] = mail.to(email).map((m) => linkIn(m, 'https://').searchParams.get('token') as string);
    expect(await app.api.code(VERIFY, { token: older })).toBe('NOT_FOUND');
    await app.api.ok(VERIFY, { token: newer });
    expect(await app.api.ok(RESEND, {}, { token: joined.token })).toEqual({ resendVerification: false });
    await app.api.ok(RESEND, {}, { token: joined.token });
    expect(await app.api.code(RESEND, {}, { token: joined.token })).toBe('RATE_LIMITED');
  }, 120_000);

  it('needs no verification where the admin turned it off, and on public instances by default', async () => {
    const open = await given.tenant({ public: true });
    const citizen = await signUp(`citizen@${TEST_DOMAIN}`, open.slug);
    expect(await app.api.ok(SUBMIT, {}, { token: citizen.token })).toMatchObject({ submitIdea: { id: expect.any(String) } });
    const relaxed = await given.tenant({ settings: { requireEmailVerification: false } });
    const colleague = await signUp(`relaxed@${TEST_DOMAIN}`, relaxed.slug);
    expect(await app.api.ok(SUBMIT, {}, { token: colleague.token })).toMatchObject({ submitIdea: { id: expect.any(String) } });
    const settings = await app.api.ok<{ tenant: { settings: { requireEmailVerification: boolean } } }>(
      `{ tenant { settings { requireEmailVerification ssoEnabled } } }`,
      {},
      { token: instance.admin.token },
    );
    expect(settings.tenant.settings).toEqual({ requireEmailVerification: true, ssoEnabled: false });
  });

  it('answers a reset request the same whether or not the address is known, and resets by the link, ending other sign-ins', async () => {
    const member = await given.member(instance);
    expect(await app.api.ok(REQUEST_RESET, { slug: instance.slug, email: `nobody@${TEST_DOMAIN}` })).toEqual({
      requestPasswordReset: true,
    });
    expect(await app.api.ok(REQUEST_RESET, { slug: 'no-such-instance', email: member.email })).toEqual({ requestPasswordReset: true });
    expect(await app.api.ok(REQUEST_RESET, { slug: instance.slug, email: member.email.toUpperCase() })).toEqual({
      requestPasswordReset: true,
    });
    const message = await mail.waitFor(member.email, (m) => m.subject.startsWith('Reset your password'));
    // Only the known address in the right instance hears; other tests' mails may still be arriving.
    expect(mail.to(member.email)).toEqual([message]);
    expect(mail.to(`nobody@${TEST_DOMAIN}`)).toEqual([]);
    const token = linkIn(message, `https://ideas.example.gov.uk/${instance.slug}/reset-password?token=`).searchParams.get('token');

    expect(await app.api.code(RESET, { token, password: 'short' })).toBe('BAD_USER_INPUT');
    const reset = await app.api.ok<{ resetPassword: { token: string; member: { id: string; balance: string } } }>(RESET, {
      token,
      password: NEW_PASSWORD,
    });
    expect(reset.resetPassword.member.id).toBe(member.id);
    expect(await app.api.code(ME, {}, { token: member.token })).toBe('UNAUTHENTICATED');
    expect(await app.api.ok(ME, {}, { token: reset.resetPassword.token })).toMatchObject({ me: { id: member.id } });
    expect(await app.api.code(RESET, { token, password: NEW_PASSWORD })).toBe('NOT_FOUND');
    await app.api.ok(LOG_IN, { input: { tenantSlug: instance.slug, email: member.email, password: NEW_PASSWORD } });
    expect(await app.api.code(LOG_IN, { input: { tenantSlug: instance.slug, email: member.email, password: TEST_PASSWORD } })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('writes links in the member’s own language, else in their instance’s, and takes only English or Welsh', async () => {
    const cymraeg = `cymraeg@${TEST_DOMAIN}`;
    await signUp(cymraeg, instance.slug, 'cy');
    const welshLink = await mail.waitFor(cymraeg);
    expect(welshLink.subject).toBe(`Cadarnhewch eich cyfeiriad e-bost ar gyfer ${instance.tenant.name}`);
    expect(welshLink.text).toContain('Helo Sam Civil');
    expect(
      await app.api.code(SIGN_UP, {
        input: { tenantSlug: instance.slug, email: `fr@${TEST_DOMAIN}`, password: TEST_PASSWORD, displayName: 'Sam', language: 'fr' },
      }),
    ).toBe('BAD_USER_INPUT');

    const welsh = await given.tenant({ settings: { defaultLanguage: 'cy' } });
    const [english, unchosen] = await given.members(welsh, 2);
    expect(await app.api.ok(LANGUAGE, { language: 'en' }, { token: english.token })).toEqual({ updateProfile: { language: 'en' } });
    expect(await app.api.code(LANGUAGE, { language: 'fr' }, { token: english.token })).toBe('BAD_USER_INPUT');
    for (const member of [english, unchosen]) await app.api.ok(REQUEST_RESET, { slug: welsh.slug, email: member.email });
    expect((await mail.waitFor(english.email)).subject).toBe(`Reset your password for ${welsh.tenant.name}`);
    expect((await mail.waitFor(unchosen.email)).subject).toBe(`Ailosod eich cyfrinair ar gyfer ${welsh.tenant.name}`);

    // Back to the instance's language when the member clears their choice.
    expect(await app.api.ok(LANGUAGE, { language: null }, { token: english.token })).toEqual({ updateProfile: { language: null } });
    const sent = mail.to(english.email).length;
    await app.api.ok(REQUEST_RESET, { slug: welsh.slug, email: english.email });
    expect((await mail.waitFor(english.email, (m) => mail.to(english.email).indexOf(m) >= sent)).subject).toBe(
      `Ailosod eich cyfrinair ar gyfer ${welsh.tenant.name}`,
    );
  });

  it('changes a password with the current one, ending every other sign-in and answering with a new one', async () => {
    const member = await given.member(instance);
    expect(await app.api.code(CHANGE, { current: 'not my password', next: NEW_PASSWORD }, { token: member.token })).toBe('BAD_USER_INPUT');
    const changed = await app.api.ok<{ changePassword: { token: string; member: { id: string; balance: string } } }>(
      CHANGE,
      { current: TEST_PASSWORD, next: NEW_PASSWORD },
      { token: member.token },
    );
    expect(changed.changePassword.member).toMatchObject({ id: member.id, balance: expect.stringMatching(/^\d+\.\d{2}$/) });
    expect(await app.api.code(ME, {}, { token: member.token })).toBe('UNAUTHENTICATED');
    expect(await app.api.ok(ME, {}, { token: changed.changePassword.token })).toMatchObject({ me: { id: member.id } });
  });

  it('ends sign-ins at once on suspension and on a role change', async () => {
    const member = await given.member(instance);
    const other = await given.member(instance);
    await app.api.ok(
      `mutation($id: ID!) { setRole(memberId: $id, role: MODERATOR) { id } }`,
      { id: member.id },
      { token: instance.admin.token },
    );
    expect(await app.api.code(ME, {}, { token: member.token })).toBe('UNAUTHENTICATED');
    const suspend = `mutation($id: ID!, $s: Boolean!) { suspendMember(memberId: $id, suspended: $s) { id } }`;
    await app.api.ok(suspend, { id: other.id, s: true }, { token: instance.admin.token });
    await app.api.ok(suspend, { id: other.id, s: false }, { token: instance.admin.token });
    expect(await app.api.code(ME, {}, { token: other.token })).toBe('UNAUTHENTICATED');
  });
});
