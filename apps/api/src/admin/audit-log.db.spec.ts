import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

interface EntryResult {
  action: string;
  kind: string;
  targetId: string | null;
  targetName: string | null;
  reason: string | null;
  actor: { id: string; displayName: string } | null;
}

const AUDIT_LOG =
  'query Log($first: Int) { auditLog(first: $first) { id action kind targetId targetName reason at actor { id displayName } } }';

describe('the audit log', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
  });
  afterAll(() => app.close());

  const admin = () => ({ token: instance.admin.token });
  const log = async (first?: number) => (await app.api.ok<{ auditLog: EntryResult[] }>(AUDIT_LOG, { first }, admin())).auditLog;

  it('records role changes, suspensions, settings and challenges, newest first, with the admin who acted', async () => {
    const member = await given.member(instance, { displayName: 'Mary Somerville' });
    await app.api.ok('mutation($id: ID!) { setRole(memberId: $id, role: MODERATOR) { id } }', { id: member.id }, admin());
    await app.api.ok('mutation($id: ID!) { suspendMember(memberId: $id, suspended: true) { id } }', { id: member.id }, admin());
    await app.api.ok('mutation { updateTenantSettings(input: { buzzThreshold: 7, recruitBonus: "12.00" }) { id } }', {}, admin());
    const { createChallenge } = await app.api.ok<{ createChallenge: { id: string } }>(
      'mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }',
      {
        i: {
          title: 'Less paper',
          question: 'How might we print less?',
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin(),
    );

    const entries = await log(4);

    const byAdmin = { id: instance.admin.id, displayName: 'Admin' };
    expect(entries).toEqual(
      [
        {
          action: 'CREATE_CHALLENGE',
          kind: 'CHALLENGE',
          targetId: createChallenge.id,
          targetName: 'Less paper',
          reason: null,
          actor: byAdmin,
        },
        {
          action: 'UPDATE_SETTINGS',
          kind: 'TENANT',
          targetId: instance.tenant.id,
          reason: 'Changed: buzzThreshold, recruitBonus',
          actor: byAdmin,
        },
        { action: 'SUSPEND_MEMBER', kind: 'MEMBER', targetId: member.id, targetName: 'Mary Somerville', reason: null, actor: byAdmin },
        {
          action: 'SET_ROLE',
          kind: 'MEMBER',
          targetId: member.id,
          targetName: 'Mary Somerville',
          reason: 'Role changed from MEMBER to MODERATOR',
          actor: byAdmin,
        },
      ].map((entry) => expect.objectContaining(entry)),
    );

    // The console sends every setting again; the log names the ones that moved.
    await app.api.ok(
      'mutation { updateTenantSettings(input: { buzzThreshold: 7, recruitBonus: "12.00", liquidity: "150.00" }) { id } }',
      {},
      admin(),
    );
    expect((await log(1))[0]).toMatchObject({ action: 'UPDATE_SETTINGS', reason: 'Changed: liquidity' });
  });

  it('keeps an action and its entry together: a refused change leaves no entry', async () => {
    const before = await log(400);
    const code = await app.api.code(
      'mutation($id: ID!) { setRole(memberId: $id, role: MEMBER) { id } }',
      { id: instance.admin.id },
      admin(),
    );

    expect(code).toBe('CONFLICT');
    expect(await log(400)).toHaveLength(before.length);
  });

  it('is for admins only', async () => {
    const moderator = await given.member(instance, { role: 'MODERATOR' });
    expect(await app.api.code(AUDIT_LOG, {}, { token: moderator.token })).toBe('FORBIDDEN');
  });
});
