import { Database } from '../database/database.service';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addScores } from './leaderboard-periods.sql';

const BOARD = `query Board($kind: LeaderboardKind!) { leaderboard(kind: $kind, first: 20) { rank score member { id } } }`;
const MY_RANK = `query Mine($kind: LeaderboardKind!) { myRank(kind: $kind) { rank score } }`;
const SUSPEND = `mutation($m: ID!) { suspendMember(memberId: $m, suspended: true) { id } }`;

/**
 * A member's rank leaves out the members the board leaves off who score above them: suspended
 * members on every board, and on TRADERS board members too (one who traded before joining the
 * board keeps a score). The rank and the board shown must agree.
 */
describe('ranks with members left off the board above', () => {
  let app: TestApp;
  let instance: GivenTenant;
  let boardMember: GivenMember;
  let suspended: GivenMember;
  let top: GivenMember;
  let middle: GivenMember;
  let low: GivenMember;

  beforeAll(async () => {
    app = await startTestApp();
    const given = new Given(app);
    instance = await given.tenant();
    boardMember = await given.member(instance, { role: 'BOARD' });
    [suspended, top, middle, low] = await given.members(instance, 4);
    const scores: Array<[GivenMember, bigint]> = [
      [boardMember, 50000n],
      [suspended, 40000n],
      [top, 30000n],
      [middle, 20000n],
      [low, 10000n],
    ];
    // Scores as the events that earn them would leave them, on both boards.
    for (const board of ['TRADERS', 'INNOVATORS']) {
      await app.app
        .get(Database)
        .withTenant(instance.tenant.id, (tx) =>
          tx.query(
            addScores(
              `(SELECT u.member_id, u.delta, true AS all_periods FROM unnest($1::uuid[], $2::bigint[]) AS u(member_id, delta))`,
              `'${board}'`,
            ),
            [scores.map(([member]) => member.id), scores.map(([, score]) => score.toString())],
          ),
        );
    }
    await app.api.ok(SUSPEND, { m: suspended.id }, { token: instance.admin.token });
  });
  afterAll(() => app.close());

  const myRank = async (member: GivenMember, kind: string) =>
    (await app.api.ok<{ myRank: { rank: number; score: string } | null }>(MY_RANK, { kind }, { token: member.token })).myRank;
  const board = async (kind: string) =>
    (
      await app.api.ok<{ leaderboard: Array<{ rank: number; member: { id: string } }> }>(BOARD, { kind }, { token: low.token })
    ).leaderboard.map((entry) => [entry.member.id, entry.rank]);

  it('takes the suspended member and the board member off the traders ranks below them', async () => {
    expect(await myRank(top, 'TRADERS')).toEqual({ rank: 1, score: '300.00' });
    expect(await myRank(middle, 'TRADERS')).toEqual({ rank: 2, score: '200.00' });
    expect(await myRank(low, 'TRADERS')).toEqual({ rank: 3, score: '100.00' });
    expect(await board('TRADERS')).toEqual([
      [top.id, 1],
      [middle.id, 2],
      [low.id, 3],
    ]);
  });

  it('takes only the suspended member off the other boards, where board members rank', async () => {
    expect(await myRank(boardMember, 'INNOVATORS')).toEqual({ rank: 1, score: '500.00' });
    expect(await myRank(low, 'INNOVATORS')).toEqual({ rank: 4, score: '100.00' });
    expect(await board('INNOVATORS')).toEqual([
      [boardMember.id, 1],
      [top.id, 2],
      [middle.id, 3],
      [low.id, 4],
    ]);
  });
});
