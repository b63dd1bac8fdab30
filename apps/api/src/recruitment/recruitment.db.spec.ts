import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

interface RecruitResult {
  member: { id: string };
  tookPart: boolean;
  bonusPaid: string;
}

const RECRUITS = '{ recruits { member { id } joinedAt tookPart bonusPaid } }';
const NOTIFICATIONS = '{ notifications(first: 10) { kind message } }';
const RECRUITERS = '{ leaderboard(kind: RECRUITERS) { rank score member { id } } }';

describe('recruitment', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
  });
  afterAll(() => app.close());

  const recruitsOf = async (inviter: GivenMember) =>
    (await app.api.ok<{ recruits: RecruitResult[] }>(RECRUITS, {}, { token: inviter.token })).recruits;

  describe('with the default bonus of 50.00 and a grant of 1000.00', () => {
    let instance: GivenTenant;
    let inviter: GivenMember;
    let recruit: GivenMember;

    beforeAll(async () => {
      instance = await given.tenant();
      inviter = await given.member(instance);
      recruit = await given.member(instance, { inviteCode: await given.inviteCode(inviter) });
    });

    it('tells the inviter when a recruit joins, and pays nothing for joining alone', async () => {
      const { notifications } = await app.api.ok<{ notifications: Array<{ kind: string }> }>(NOTIFICATIONS, {}, { token: inviter.token });

      expect(notifications.map((n) => n.kind)).toContain('RECRUIT_JOINED');
      expect(await given.walletBalance(inviter)).toBe(100000n);
      expect(await recruitsOf(inviter)).toEqual([
        expect.objectContaining({ member: { id: recruit.id }, tookPart: false, bonusPaid: '0.00' }),
      ]);
    });

    it('pays the bonus once, when the recruit first takes part, and counts them on the recruiters board', async () => {
      const idea = await given.idea(instance, inviter);

      await given.comment(recruit, idea);
      await given.comment(recruit, idea);
      await given.idea(instance, recruit);

      expect(await given.walletBalance(inviter)).toBe(105000n);
      expect(await recruitsOf(inviter)).toEqual([expect.objectContaining({ tookPart: true, bonusPaid: '50.00' })]);
      const { leaderboard } = await app.api.ok<{ leaderboard: Array<{ rank: number; score: string; member: { id: string } }> }>(
        RECRUITERS,
        {},
        { token: recruit.token },
      );
      expect(leaderboard).toEqual([{ rank: 1, score: '1.00', member: { id: inviter.id } }]);
    });

    it('shows a member only their own recruits', async () => {
      expect(await recruitsOf(recruit)).toEqual([]);
    });
  });

  it('stops paying at the monthly cap, while every recruit who takes part still counts', async () => {
    const instance = await given.tenant({ settings: { recruitBonusMonthlyCap: 1 } });
    const inviter = await given.member(instance);
    const code = await given.inviteCode(inviter);
    const first = await given.member(instance, { inviteCode: code });
    const second = await given.member(instance, { inviteCode: code });
    const idea = await given.idea(instance, inviter);

    await app.api.ok('mutation($id: ID!) { supportIdea(ideaId: $id) { id } }', { id: idea.id }, { token: first.token });
    await app.api.ok('mutation($id: ID!) { supportIdea(ideaId: $id) { id } }', { id: idea.id }, { token: second.token });

    expect(await given.walletBalance(inviter)).toBe(105000n);
    const recruits = await recruitsOf(inviter);
    expect(recruits.map((r) => [r.member.id, r.tookPart, r.bonusPaid]).sort()).toEqual(
      [
        [first.id, true, '50.00'],
        [second.id, true, '0.00'],
      ].sort(),
    );
    const { myRank } = await app.api.ok<{ myRank: { score: string } }>(
      '{ myRank(kind: RECRUITERS) { score } }',
      {},
      { token: inviter.token },
    );
    expect(myRank.score).toBe('2.00');
  });

  it('pays exactly once when a recruit takes part in several ways at the same moment', async () => {
    const instance = await given.tenant();
    const inviter = await given.member(instance);
    const recruit = await given.member(instance, { inviteCode: await given.inviteCode(inviter) });
    const ideas = await Promise.all([given.idea(instance, inviter), given.idea(instance, inviter), given.idea(instance, inviter)]);

    await Promise.all([
      ...ideas.map((idea) => given.comment(recruit, idea)),
      ...ideas.map((idea) =>
        app.api.ok('mutation($id: ID!) { supportIdea(ideaId: $id) { id } }', { id: idea.id }, { token: recruit.token }),
      ),
      given.idea(instance, recruit),
    ]);

    expect(await given.walletBalance(inviter)).toBe(105000n);
  });
});
