import { Database } from '../database/database.service';
import { runClockAhead } from '../testing/clock';
import { Given, TEST_PASSWORD, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { INVITE_LIFETIME_DAYS, INVITE_MAX_USES } from './invites.service';

const CREATE_INVITE = 'mutation { createInvite { code expiresAt usesLeft } }';
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }';
const SUSPEND = 'mutation($id: ID!) { suspendMember(memberId: $id, suspended: true) { id } }';

describe('invite codes expire, admit a limited number of people, and die with their inviter', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let inviter: GivenMember;
  let outsiders = 0;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    // Outsiders (not of the allowed domain) get in only with a code.
    instance = await given.tenant();
    inviter = await given.member(instance);
  });
  afterAll(() => app.close());

  const newCode = async () =>
    (await app.api.ok<{ createInvite: { code: string; expiresAt: string; usesLeft: number } }>(CREATE_INVITE, {}, inviter)).createInvite;
  const signUpWith = (inviteCode: string) =>
    app.api.request(SIGN_UP, {
      i: {
        tenantSlug: instance.slug,
        email: `outsider${++outsiders}@elsewhere.org`,
        password: TEST_PASSWORD,
        displayName: 'Outsider',
        inviteCode,
      },
    });
  const setInvite = (code: string, assignment: string) =>
    app.app.get(Database).withTenant(instance.tenant.id, (tx) => tx.query(`UPDATE invites SET ${assignment} WHERE code = $1`, [code]));

  it(`lasts ${INVITE_LIFETIME_DAYS} days and admits ${INVITE_MAX_USES} people by default`, async () => {
    const invite = await newCode();
    const days = (Date.parse(invite.expiresAt) - Date.now()) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThan(INVITE_LIFETIME_DAYS - 0.01);
    expect(days).toBeLessThanOrEqual(INVITE_LIFETIME_DAYS);
    expect(invite.usesLeft).toBe(INVITE_MAX_USES);
    expect((await signUpWith(invite.code)).data).toBeTruthy();
  });

  it('refuses an expired code as BAD_USER_INPUT on the inviteCode field', async () => {
    const { code } = await newCode();
    const restore = runClockAhead(app, INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000 + 60_000);
    const refused = await signUpWith(code).finally(restore);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/expired/),
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'inviteCode' }] },
    });
  });

  it('admits exactly as many people as its limit, even when they sign up at once', async () => {
    const { code } = await newCode();
    await setInvite(code, 'max_uses = 3');
    const attempts = await Promise.all(Array.from({ length: 6 }, () => signUpWith(code)));
    const admitted = attempts.filter((a) => a.data?.signUp);
    expect(admitted).toHaveLength(3);
    for (const refused of attempts.filter((a) => !a.data?.signUp)) {
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/as many people as it can/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('admits nobody once its inviter is suspended', async () => {
    const { code } = await newCode();
    await app.api.ok(SUSPEND, { id: inviter.id }, instance.admin);
    const refused = await signUpWith(code);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not valid/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
