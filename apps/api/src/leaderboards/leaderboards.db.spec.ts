import { Database } from '../database/database.service';
import { clearOfPeriodStart } from '../testing/clock';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { LeaderboardsService } from './leaderboards.service';

interface Entry {
  rank: number;
  score: string;
  member: { id: string };
}

const BOARD = `query Board($kind: LeaderboardKind!, $period: Period, $first: Int) {
  leaderboard(kind: $kind, period: $period, first: $first) { rank score member { id displayName } }
}`;
const MY_RANK = `query Mine($kind: LeaderboardKind!, $period: Period) { myRank(kind: $kind, period: $period) { rank score member { id } } }`;

describe('leaderboards', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    // The WEEK and MONTH boards expect what happens now to fall in this week and month.
    await clearOfPeriodStart();
    app = await startTestApp();
    given = new Given(app);
  }, 180_000);
  afterAll(() => app.close());

  const board = async (caller: GivenMember, kind: string, period = 'ALL_TIME', first = 20) =>
    (await app.api.ok<{ leaderboard: Entry[] }>(BOARD, { kind, period, first }, { token: caller.token })).leaderboard.map((e) => ({
      rank: e.rank,
      score: e.score,
      id: e.member.id,
    }));
  const myRank = async (member: GivenMember, kind: string, period = 'ALL_TIME') =>
    (await app.api.ok<{ myRank: Entry | null }>(MY_RANK, { kind, period }, { token: member.token })).myRank;

  describe('innovators', () => {
    let instance: GivenTenant;
    let ann: GivenMember;
    let bob: GivenMember;
    let cat: GivenMember;
    let dan: GivenMember;

    beforeAll(async () => {
      instance = await given.tenant({ settings: { buzzThreshold: 2 } });
      [ann, bob, cat, dan] = await given.members(instance, 4);
      // Ann: two ideas (10 + 10), one lifted to TEAMING (+20) by two supporters: 40 points.
      const lifted = await given.idea(instance, ann);
      await given.idea(instance, ann);
      await given.supporters(instance, lifted, 2);
      // Bob and Cat: one idea each, 10 points, tied.
      await given.idea(instance, bob);
      await given.idea(instance, cat);
    });

    it('ranks members by points for posting and progress, ties sharing a rank', async () => {
      expect(await board(dan, 'INNOVATORS')).toEqual([
        { rank: 1, score: '40.00', id: ann.id },
        ...[
          { rank: 2, score: '10.00', id: bob.id },
          { rank: 2, score: '10.00', id: cat.id },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      ]);
    });

    it('counts this week and month the same as all time when everything happened now', async () => {
      const allTime = await board(dan, 'INNOVATORS');
      expect(await board(dan, 'INNOVATORS', 'WEEK')).toEqual(allTime);
      expect(await board(dan, 'INNOVATORS', 'MONTH')).toEqual(allTime);
    });

    it('shows a member their own rank outside the top N, ties the rank the board shows, and no rank without points', async () => {
      expect(await board(dan, 'INNOVATORS', 'ALL_TIME', 1)).toEqual([{ rank: 1, score: '40.00', id: ann.id }]);
      expect(await myRank(cat, 'INNOVATORS')).toMatchObject({ rank: 2, score: '10.00', member: { id: cat.id } });
      expect(await myRank(bob, 'INNOVATORS')).toMatchObject({ rank: 2, score: '10.00', member: { id: bob.id } });
      expect(await myRank(dan, 'INNOVATORS')).toBeNull();
    });

    it('ranks nobody on an empty board', async () => {
      expect(await board(dan, 'RECRUITERS')).toEqual([]);
      expect(await myRank(dan, 'RECRUITERS')).toBeNull();
      expect(await myRank(ann, 'RECRUITERS', 'WEEK')).toBeNull();
    });

    it('puts points earned in an earlier month on all time only', async () => {
      const longAgo = new Date(Date.now() - 40 * 86_400_000);
      await app.app
        .get(Database)
        .withTenant(instance.tenant.id, (tx) =>
          app.app
            .get(LeaderboardsService)
            .award(tx, [{ board: 'INNOVATORS', memberId: dan.id, reason: 'POSTED', subjectId: dan.id, points: 100 }], longAgo),
        );

      expect(await myRank(dan, 'INNOVATORS')).toMatchObject({ rank: 1, score: '100.00' });
      expect(await myRank(dan, 'INNOVATORS', 'MONTH')).toBeNull();
      expect(await myRank(dan, 'INNOVATORS', 'WEEK')).toBeNull();
    });

    it('awards each point once, however often its event is replayed', async () => {
      const award = { board: 'INNOVATORS' as const, memberId: bob.id, reason: 'REPLAYED', subjectId: bob.id, points: 5 };
      const service = app.app.get(LeaderboardsService);
      await app.app.get(Database).withTenant(instance.tenant.id, (tx) => service.award(tx, [award]));
      await app.app.get(Database).withTenant(instance.tenant.id, (tx) => service.award(tx, [award]));

      expect(await myRank(bob, 'INNOVATORS')).toMatchObject({ score: '15.00' });
    });

    it('is readable anonymously on a public instance only', async () => {
      const open = await given.tenant({ public: true });
      const anonymous = await app.api.request(BOARD, { kind: 'INNOVATORS' }, { tenant: open.slug });
      expect(anonymous.errors).toBeUndefined();
      expect(await app.api.code(BOARD, { kind: 'INNOVATORS' }, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
      expect(await app.api.code(MY_RANK, { kind: 'INNOVATORS' }, { tenant: open.slug })).toBe('UNAUTHENTICATED');
    });
  });

  describe('suspended members', () => {
    it('leaves them off every board and out of the ranks of others, and restores them on reactivation', async () => {
      const instance = await given.tenant();
      const [top, second, third] = await given.members(instance, 3);
      await given.idea(instance, top);
      await given.idea(instance, top);
      await given.idea(instance, second);
      const SUSPEND = `mutation($m: ID!, $s: Boolean!) { suspendMember(memberId: $m, suspended: $s) { id suspended } }`;
      const admin = { token: instance.admin.token };

      await app.api.ok(SUSPEND, { m: top.id, s: true }, admin);
      expect(await board(third, 'INNOVATORS')).toEqual([{ rank: 1, score: '10.00', id: second.id }]);
      expect(await myRank(second, 'INNOVATORS')).toMatchObject({ rank: 1, score: '10.00' });
      expect(await myRank(third, 'INNOVATORS')).toBeNull();
      const traders = await board(third, 'TRADERS');
      expect(traders.map((e) => e.id)).not.toContain(top.id);

      await app.api.ok(SUSPEND, { m: top.id, s: false }, admin);
      expect(await board(third, 'INNOVATORS')).toEqual([
        { rank: 1, score: '20.00', id: top.id },
        { rank: 2, score: '10.00', id: second.id },
      ]);
      expect(await myRank(second, 'INNOVATORS')).toMatchObject({ rank: 2, score: '10.00' });
    });
  });

  describe('teams, and innovators of an implemented idea', () => {
    it('scores the author for each stage, the teammates for implementation, and the whole team on TEAMS', async () => {
      const instance = await given.tenant({ settings: { buzzThreshold: 1, minTeamSize: 2, minReviews: 1 } });
      const [author, teammate] = await given.members(instance, 2);
      const boardMember = await given.member(instance, { role: 'BOARD' });

      await given.implementedIdea(instance, { author, teammates: [teammate], boardMember });

      // Author: posted 10 + teaming 20 + investment 30 + implemented 50. Teammate: 25.
      expect(await board(boardMember, 'INNOVATORS')).toEqual([
        { rank: 1, score: '110.00', id: author.id },
        { rank: 2, score: '25.00', id: teammate.id },
      ]);
      // Every team member, lead included: floated 20 + implemented 50.
      const teams = await board(boardMember, 'TEAMS');
      expect(teams.map((e) => e.score)).toEqual(['70.00', '70.00']);
      expect(teams.map((e) => e.rank)).toEqual([1, 1]);
      expect(teams.map((e) => e.id).sort()).toEqual([author.id, teammate.id].sort());
    });
  });

  describe('ranks kept in buckets', () => {
    /** Points spread over many buckets, with ties and with scores sharing a bucket (1,000 and 1,005). */
    const POINTS = [1, 3, 3, 9, 10, 11, 12, 99, 100, 100, 101, 250, 999, 1000, 1005, 1005, 1099, 12_000, 120_000, 3];

    const award = (instance: GivenTenant, awards: Array<{ member: GivenMember; points: number; reason: string }>) =>
      app.app.get(Database).withTenant(instance.tenant.id, (tx) =>
        app.app.get(LeaderboardsService).award(
          tx,
          awards.map(({ member, points, reason }) => ({
            board: 'RECRUITERS' as const,
            memberId: member.id,
            reason,
            subjectId: member.id,
            points,
          })),
        ),
      );
    /** Every member's myRank against the rank the full board gives them. */
    const expectRanksAsTheBoard = async (members: GivenMember[]) => {
      const rows = await board(members[0], 'RECRUITERS', 'ALL_TIME', 100);
      for (const member of members) {
        const row = rows.find((entry) => entry.id === member.id);
        const mine = await myRank(member, 'RECRUITERS');
        expect(mine ? { rank: mine.rank, score: mine.score } : null).toEqual(row ? { rank: row.rank, score: row.score } : null);
      }
      return rows;
    };

    it('gives every member the board’s own rank, exactly, however scores move between buckets', async () => {
      const instance = await given.tenant();
      const members = await given.members(instance, POINTS.length + 1);
      await award(
        instance,
        POINTS.map((points, i) => ({ member: members[i], points, reason: 'FIRST' })),
      );
      const rows = await expectRanksAsTheBoard(members);
      expect(rows).toHaveLength(POINTS.length);
      // Standard competition ranking: the three members on 3 points share a rank, the next skips.
      expect(rows.filter((row) => row.score === '3.00').map((row) => row.rank)).toEqual([17, 17, 17]);
      expect(rows.find((row) => row.score === '1.00')?.rank).toBe(20);

      // Scores move up into other buckets, within a bucket, and a new member joins the board.
      await award(instance, [
        { member: members[0], points: 1004, reason: 'SECOND' },
        { member: members[13], points: 3, reason: 'SECOND' },
        { member: members[4], points: 119_990, reason: 'SECOND' },
        { member: members[POINTS.length], points: 10, reason: 'SECOND' },
      ]);
      expect(await expectRanksAsTheBoard(members)).toHaveLength(POINTS.length + 1);
      expect(await myRank(members[4], 'RECRUITERS')).toMatchObject({ rank: 1, score: '120000.00' });
    });

    it('ranks within the member’s own instance only', async () => {
      const ours = await given.tenant();
      const theirs = await given.tenant();
      const [mine] = await given.members(ours, 1);
      const others = await given.members(theirs, 2);
      await award(theirs, [
        { member: others[0], points: 500, reason: 'OTHER' },
        { member: others[1], points: 7, reason: 'OTHER' },
      ]);
      await award(ours, [{ member: mine, points: 7, reason: 'OURS' }]);

      expect(await myRank(mine, 'RECRUITERS')).toMatchObject({ rank: 1, score: '7.00' });
      expect(await board(mine, 'RECRUITERS')).toEqual([{ rank: 1, score: '7.00', id: mine.id }]);
      expect(await myRank(others[1], 'RECRUITERS')).toMatchObject({ rank: 2, score: '7.00' });
    });
  });
});
