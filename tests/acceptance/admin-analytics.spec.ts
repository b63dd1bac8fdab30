import { describeAmount, parseAmount, sumAmounts } from '@idea-exchange/money';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { BUY } from '../../apps/api/src/testing/market-operations';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot, sidewaysOverflow } from '../support/web-browser';

/** Today's date on the UK's calendar, as the downloaded files are named. */
function ukToday(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A small instance with hand-counted activity (buzz threshold 2, so two supporters lift an idea):
 * - the admin, and an author, a teammate, an idle member and a board member;
 * - "Print less" taken to IMPLEMENTED by the author and teammate (2 supporters), saving £2,500.00
 *   a year by its business case, £1,200.50 realised so far;
 * - "Share the printers" by the author, supported into TEAMING (2 more supporters);
 * - "Reuse the envelopes" by the teammate, with one comment by the board member: still BUZZ;
 * - the admin's idea floated on the market (passing TEAMING and INVESTMENT), with two trades.
 * So: 9 members, 8 of them active (all but the idle one); the funnel 4, 3, 2, 1, 0, 0; this week
 * 4 ideas, 4 supports, 1 comment and 2 trades.
 */
describe('the admins’ analytics page', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas', settings: { buzzThreshold: 2, minTeamSize: 2, minReviews: 1 } });
  let author: GivenMember;
  let marketVolume: string;

  beforeAll(async () => {
    const { app, given, instance: tenant } = spec;
    author = await given.member(tenant, { displayName: 'Ada Author' });
    const teammate = await given.member(tenant, { displayName: 'Tom Teammate' });
    await given.member(tenant, { displayName: 'Ida Idle' });
    const boardMember = await given.member(tenant, { role: 'BOARD', displayName: 'Bo Board' });

    const implemented = await given.implementedIdea(
      tenant,
      { author, teammates: [teammate], boardMember },
      { title: 'Print less', estimatedAnnualSaving: 250000n },
    );
    await app.api.ok(
      'mutation($i: ImpactInput!) { recordImpact(input: $i) { id } }',
      { i: { ideaId: implemented.id, realisedSaving: '1200.50', note: 'First quarter.' } },
      { token: tenant.admin.token },
    );
    await given.teamingIdea(tenant, author, { title: 'Share the printers' });
    const envelopes = await given.idea(tenant, teammate, { title: 'Reuse the envelopes' });
    await given.comment(boardMember, envelopes);

    const market = await given.openMarket(tenant, { title: 'Open a tool library' });
    const costs: string[] = [];
    for (const [trader, outcome, spend] of [
      [teammate, 'YES', '10.00'],
      [author, 'NO', '5.00'],
    ] as const) {
      const { buyShares } = await app.api.ok<{ buyShares: { cost: string } }>(
        BUY,
        { input: { ideaId: market.ideaId, outcome, spend, idempotencyKey: `analytics-${outcome}` } },
        { token: trader.token },
      );
      costs.push(buyShares.cost);
    }
    marketVolume = describeAmount(sumAmounts(costs.map(parseAmount)), 'Peas');
  });

  const signedIn = (member: GivenMember) => spec.signedIn(member, { acceptDownloads: true });

  const headline = (page: Page, key: string) =>
    page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
      .locator('dd')
      .innerText();

  const tableRows = async (page: Page, caption: string) => {
    const rows = page.getByRole('table', { name: caption }).locator('tbody tr');
    return Promise.all((await rows.all()).map((row) => row.locator('th, td').allInnerTexts()));
  };

  /** Clicks a download button and reads the file the browser saved. */
  async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  it('shows an admin the headline figures, the funnel and participation as charts with tables, and exports CSV', async () => {
    const page = await signedIn(spec.instance.admin);
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await heading(page, 'Admin');
    await page.getByRole('navigation', { name: 'Admin pages' }).getByRole('link', { name: 'Analytics' }).click();
    await heading(page, 'Analytics');
    await eventually(async () => expect(await page.title()).toBe(`Analytics – Instance ${spec.instance.slug} – Idea Exchange`));
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();

    await eventually(async () => expect(await headline(page, 'Members')).toBe('9'));
    await eventually(async () => expect(await headline(page, 'Active in the last 7 days')).toBe('8'));
    await eventually(async () => expect(await headline(page, 'Active in the last 30 days')).toBe('8'));
    await eventually(async () => expect(await headline(page, 'Market volume')).toBe(marketVolume));
    await eventually(async () => expect(await headline(page, 'Implemented ideas')).toBe('1'));
    await eventually(async () => expect(await headline(page, 'Estimated annual savings')).toBe('£2,500.00'));
    await eventually(async () => expect(await headline(page, 'Realised savings')).toBe('£1,200.50'));

    await eventually(async () =>
      expect(await tableRows(page, 'Ideas that reached each stage')).toEqual([
        ['Buzz', '4', 'Not applicable', 'Not applicable'],
        ['Teaming', '3', '75%', '75%'],
        ['Investment', '2', '66.7%', '50%'],
        ['Implemented', '1', '50%', '25%'],
        ['Rejected', '0', 'Not applicable', '0%'],
        ['Archived', '0', 'Not applicable', '0%'],
      ]),
    );
    const funnel = page.getByRole('img', { name: /^Ideas that reached each stage/ });
    await eventually(async () => expect(await funnel.getAttribute('aria-labelledby')).toBeTruthy());
    await eventually(async () => expect(await funnel.locator('rect').count()).toBe(4));
    await eventually(async () =>
      expect(await funnel.locator('desc').textContent()).toBe(
        'Ideas posted: 4. Reached teaming: 3. Reached investment: 2. Implemented: 1, which is 25% of all ideas.',
      ),
    );

    await eventually(async () => {
      const weeks = await tableRows(page, 'Participation per week');
      expect(weeks).toHaveLength(12);
      expect(weeks[11].slice(1)).toEqual(['4', '4', '1', '2']);
      expect(weeks.slice(0, 11).every((week) => week.slice(1).every((count) => count === '0'))).toBe(true);
    });
    const participation = page.getByRole('img', { name: /^Participation per week/ });
    await eventually(async () => expect(await participation.locator('rect[data-series]').count()).toBe(4));
    await eventually(async () =>
      expect(await participation.locator('desc').textContent()).toMatch(/In total: ideas 4, supports 4, comments 1, trades 2\.$/),
    );

    await eventually(async () =>
      expect(await tableRows(page, 'Implemented ideas and their savings')).toEqual([
        ['Print less', expect.stringMatching(/^\d{1,2} \w+ \d{4}$/), '£2,500.00', '£1,200.50'],
      ]),
    );

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-analytics');
    // The charts alone, large enough to check by eye.
    await funnel.screenshot({ path: resolve(__dirname, '../../tmp/screenshots/admin-analytics-funnel-chart.png') });
    await participation.screenshot({ path: resolve(__dirname, '../../tmp/screenshots/admin-analytics-participation-chart.png') });

    const funnelCsv = await download(page, 'Download the funnel as CSV');
    expect(funnelCsv.name).toBe(`${spec.instance.slug}-funnel-${ukToday()}.csv`);
    expect(funnelCsv.text).toBe(
      [
        '\uFEFF"Stage","Ideas that reached it","Conversion from the stage before (%)"',
        '"BUZZ","4",""',
        '"TEAMING","3","75.0"',
        '"INVESTMENT","2","66.7"',
        '"IMPLEMENTED","1","50.0"',
        '"REJECTED","0",""',
        '"ARCHIVED","0",""',
        '',
      ].join('\r\n'),
    );

    const members = await download(page, 'Download the members summary as CSV');
    expect(members.name).toBe(`${spec.instance.slug}-members-summary-${ukToday()}.csv`);
    expect(members.text.split('\r\n')).toEqual([
      '\uFEFF"Role","Members","Suspended","Active in the last 7 days","Active in the last 30 days"',
      '"ADMIN","1","0","1","1"',
      '"BOARD","1","0","1","1"',
      '"MEMBER","7","0","6","6"',
      '"ALL","9","0","8","8"',
      '',
    ]);

    const implemented = await download(page, 'Download the implemented ideas as CSV');
    const [header, row, end] = implemented.text.split('\r\n');
    expect(header).toBe('\uFEFF"Idea ID","Title","Implemented at","Estimated annual saving","Realised saving"');
    expect(row).toMatch(/^"[0-9a-f-]{36}","Print less","[^"]+","2500\.00","1200\.50"$/);
    expect(end).toBe('');

    await page.getByRole('link', { name: 'Back to admin' }).click();
    await heading(page, 'Admin');
  });

  it('fits a phone’s screen, in English and in Welsh', async () => {
    const page = await signedIn(spec.instance.admin);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(spec.at('/admin/analytics'));
    await heading(page, 'Analytics');
    await page.getByRole('img', { name: /^Participation per week/ }).waitFor();
    await screenshot(page, 'admin-analytics-phone');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Welsh words are often longer.
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await heading(page, 'Dadansoddeg');
    await page.getByRole('img', { name: /^Cyfranogiad fesul wythnos/ }).waitFor();
    await screenshot(page, 'admin-analytics-phone-cy');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('tells a member who is not an admin that the page is for admins', async () => {
    const page = await signedIn(author);
    await page.goto(spec.at('/admin/analytics'));
    await heading(page, 'You need to be an admin');
    await expect(page.getByRole('heading', { name: 'Headline figures' }).count()).resolves.toBe(0);
  });
});
