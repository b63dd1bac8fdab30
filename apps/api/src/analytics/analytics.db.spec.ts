import { clearOfPeriodStart } from '../testing/clock';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenTenant } from '../testing/given';
import { BUY } from '../testing/market-operations';
import type { TestApp } from '../testing/test-app';

const ANALYTICS = `query A($weeks: Int) { analytics {
  members activeMembers7d activeMembers30d funnel { stage count }
  participation(weeks: $weeks) { weekStart ideas supports comments trades }
  marketVolume implementedIdeas estimatedAnnualSavings realisedSavings
} }`;
const CSV = 'query C($t: AnalyticsTable!) { analyticsCsv(table: $t) }';

function mondayUtc(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString();
}

/**
 * A small instance with hand-counted activity: an admin, a board member, an author with a
 * teammate (and one supporter, threshold 1) taking an idea to IMPLEMENTED, another idea whose
 * one comment lifts it to TEAMING, a market opened by the admin (its idea passes TEAMING and
 * INVESTMENT) with one trade, and one member who never acts.
 */
describe('analytics', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let tradeCost: string;

  beforeAll(async () => {
    // The participation figures expect all the activity in this week.
    await clearOfPeriodStart();
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1, minTeamSize: 2, minReviews: 1 } }));
    const [author, teammate, idle] = await given.members(instance, 3);
    void idle;
    const boardMember = await given.member(instance, { role: 'BOARD' });
    const implemented = await given.implementedIdea(
      instance,
      { author, teammates: [teammate], boardMember },
      { title: '=HYPERLINK("x")', estimatedAnnualSaving: 250000n },
    );
    const buzzing = await given.idea(instance, author);
    await given.comment(teammate, buzzing);
    const market = await given.openMarket(instance);
    const { buyShares } = await app.api.ok<{ buyShares: { cost: string } }>(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'YES', spend: '10.00', idempotencyKey: 'analytics-trade' } },
      { token: teammate.token },
    );
    tradeCost = buyShares.cost;
    await app.api.ok(
      'mutation($i: ImpactInput!) { recordImpact(input: $i) { id } }',
      { i: { ideaId: implemented.id, realisedSaving: '1200.50', note: 'First quarter.' } },
      { token: instance.admin.token },
    );
  }, 180_000);
  afterAll(() => app.close());

  const admin = () => ({ token: instance.admin.token });

  it('counts members, active members, the funnel, market volume and savings', async () => {
    const { analytics } = await app.api.ok<{ analytics: Record<string, unknown> }>(ANALYTICS, { weeks: 2 }, admin());

    expect(analytics).toMatchObject({
      // admin, author, teammate, idle, board member, and the supporter teamingIdea made.
      members: 6,
      // The author (ideas), supporter (support), teammate (comment, trade), admin (idea): not idle, not the board member.
      activeMembers7d: 4,
      activeMembers30d: 4,
      funnel: [
        { stage: 'BUZZ', count: 3 },
        { stage: 'TEAMING', count: 3 },
        { stage: 'INVESTMENT', count: 2 },
        { stage: 'IMPLEMENTED', count: 1 },
        { stage: 'REJECTED', count: 0 },
        { stage: 'ARCHIVED', count: 0 },
      ],
      marketVolume: tradeCost,
      implementedIdeas: 1,
      estimatedAnnualSavings: '2500.00',
      realisedSavings: '1200.50',
    });
    expect(analytics.participation).toEqual([
      {
        weekStart: new Date(new Date(mondayUtc(new Date())).getTime() - 7 * 86_400_000).toISOString(),
        ideas: 0,
        supports: 0,
        comments: 0,
        trades: 0,
      },
      { weekStart: mondayUtc(new Date()), ideas: 3, supports: 1, comments: 1, trades: 1 },
    ]);
  });

  it('exports the funnel as CSV with conversion rates', async () => {
    const { analyticsCsv } = await app.api.ok<{ analyticsCsv: string }>(CSV, { t: 'FUNNEL' }, admin());

    expect(analyticsCsv).toBe(
      [
        '"Stage","Ideas that reached it","Conversion from the stage before (%)"',
        '"BUZZ","3",""',
        '"TEAMING","3","100.0"',
        '"INVESTMENT","2","66.7"',
        '"IMPLEMENTED","1","50.0"',
        '"REJECTED","0",""',
        '"ARCHIVED","0",""',
        '',
      ].join('\r\n'),
    );
  });

  it('exports implemented ideas with a formula-like title defused', async () => {
    const { analyticsCsv } = await app.api.ok<{ analyticsCsv: string }>(CSV, { t: 'IMPLEMENTED_IDEAS' }, admin());
    const [header, row] = analyticsCsv.split('\r\n');

    expect(header).toBe('"Idea ID","Title","Implemented at","Estimated annual saving","Realised saving"');
    expect(row).toMatch(/^"[0-9a-f-]{36}","'=HYPERLINK\(""x""\)","[^"]+","2500\.00","1200\.50"$/);
  });

  it('exports participation and a members summary', async () => {
    const participation = (await app.api.ok<{ analyticsCsv: string }>(CSV, { t: 'PARTICIPATION' }, admin())).analyticsCsv.split('\r\n');
    expect(participation).toHaveLength(14);
    expect(participation[12]).toBe(`"${mondayUtc(new Date()).slice(0, 10)}","3","1","1","1"`);

    const summary = (await app.api.ok<{ analyticsCsv: string }>(CSV, { t: 'MEMBERS_SUMMARY' }, admin())).analyticsCsv.split('\r\n');
    expect(summary).toEqual([
      '"Role","Members","Suspended","Active in the last 7 days","Active in the last 30 days"',
      '"ADMIN","1","0","1","1"',
      '"BOARD","1","0","0","0"',
      '"MEMBER","4","0","3","3"',
      '"ALL","6","0","4","4"',
      '',
    ]);
  });

  it('is for admins only', async () => {
    const member = await given.member(instance);
    expect(await app.api.code(ANALYTICS, {}, { token: member.token })).toBe('FORBIDDEN');
    expect(await app.api.code(CSV, { t: 'FUNNEL' }, { token: member.token })).toBe('FORBIDDEN');
  });
});
