import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { BUY } from '../../apps/api/src/testing/market-operations';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot, sidewaysOverflow } from '../support/web-browser';

describe('leaderboards, invitations and the admin console', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });
  let ada: GivenMember;
  let bob: GivenMember;
  let cy: GivenMember;

  beforeAll(async () => {
    ada = await spec.given.member(spec.instance, { displayName: 'Ada Lovelace' });
    bob = await spec.given.member(spec.instance, { displayName: 'Bob Babbage' });
    cy = await spec.given.member(spec.instance, { displayName: 'Cy Newcomer' });
    await spec.given.idea(spec.instance, ada, { title: 'Share the printers' });
    await spec.given.idea(spec.instance, ada, { title: 'Reuse the envelopes' });
    await spec.given.idea(spec.instance, bob, { title: 'Switch off the lights' });
  });

  /** The heading over a board that says what it ranks. */
  const rankedBy = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
  /** Waits for the member's own rank to read `text`, once it has loaded. */
  const yourRank = (page: Page, text: string | RegExp) => page.getByTestId('your-rank').filter({ hasText: text }).waitFor();

  it('ranks innovators and shows the member their own rank', async () => {
    const page = await spec.signedIn(bob);
    await page.getByRole('link', { name: 'Leaderboards' }).click();
    await heading(page, 'Leaderboards');
    const table = page.getByRole('table', { name: 'Innovators: All time' });
    await table.waitFor();
    await eventually(async () => {
      const rows = await table.locator('tbody tr').allInnerTexts();
      expect(rows[0]).toContain('Ada Lovelace');
      expect(rows[1]).toContain('Bob Babbage');
    });
    await eventually(async () => expect(await page.getByTestId('your-rank').innerText()).toBe('You are number 2, with 10 points.'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'leaderboards');

    // Nobody has traded: a starting grant is not trading profit, so the board ranks nobody and
    // says so, without giving Bob a rank above it.
    await page.getByRole('link', { name: 'Traders' }).click();
    await page.waitForURL(/board=traders/);
    await rankedBy(page, 'Ranked by trading profit');
    await page.getByText('Nobody is on this leaderboard yet.').waitFor();
    await yourRank(page, 'You are not on this leaderboard yet.');
  });

  it('heads each traders board with what it ranks, and ranks only those who traded', async () => {
    const { ideaId } = await spec.given.openMarket(spec.instance);
    await spec.app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend: '20.00', idempotencyKey: randomUUID() } }, { token: cy.token });
    const page = await spec.signedIn(cy);
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(spec.at('/leaderboards?board=traders&period=all-time'));
      await rankedBy(page, 'Ranked by trading profit');
      const allTime = page.getByRole('table', { name: 'Traders: All time' });
      await eventually(async () => expect(await allTime.locator('thead').innerText()).toContain('Trading profit'));
      await eventually(async () =>
        expect(await allTime.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^1\s+Cy Newcomer\s+.*Peas$/)]),
      );
      await yourRank(page, /^You are number 1, with a trading profit of .*Peas\.$/);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'This week' }).click();
      await page.waitForURL(/board=traders&period=week/);
      await rankedBy(page, 'Ranked by the profit made this week');
      const week = page.getByRole('table', { name: 'Traders: This week' });
      await eventually(async () => expect(await week.locator('thead').innerText()).toContain('Profit this week'));
      await yourRank(page, /^You are number 1, with a profit of .*Peas this week\.$/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `leaderboards-traders-week-${viewport.width}`);

      await page.getByRole('link', { name: 'This month' }).click();
      await rankedBy(page, 'Ranked by the profit made this month');
    }

    // Bob never traded: the board shows Cy, and Bob is told he is not on it.
    const bobsPage = await spec.signedIn(bob);
    await bobsPage.goto(spec.at('/leaderboards?board=traders&period=all-time'));
    await bobsPage.getByRole('table', { name: 'Traders: All time' }).waitFor();
    await yourRank(bobsPage, 'You are not on this leaderboard yet.');
    // Nobody has recruited anyone: an empty board ranks nobody.
    await bobsPage.goto(spec.at('/leaderboards?board=recruiters&period=all-time'));
    await rankedBy(bobsPage, 'Ranked by recruits who took part');
    await bobsPage.getByText('Nobody is on this leaderboard yet.').waitFor();
    await yourRank(bobsPage, 'You are not on this leaderboard yet.');
  });

  it('shows a public instance’s leaderboards to anyone, and an internal one’s to nobody signed out', async () => {
    const open = await spec.given.tenant({ public: true });
    const citizen = await spec.given.member(open, { displayName: 'Cy Citizen' });
    await spec.given.idea(open, citizen, { title: 'Longer library hours' });
    const page = await spec.browser.newPage();

    await page.goto(`${spec.app.url}/${open.slug}/leaderboards`);
    await heading(page, 'Leaderboards');
    const innovators = page.getByRole('table', { name: 'Innovators: All time' });
    await eventually(async () => expect(await innovators.locator('tbody tr').first().innerText()).toMatch(/^1\s+Cy Citizen\s+10$/));
    await eventually(async () => expect(await page.getByTestId('your-rank').innerText()).toBe('Sign in to see your own rank.'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'leaderboards-anonymous');

    await page.goto(spec.at('/leaderboards'));
    await page.getByText('This organisation shares its leaderboards with its members only.').waitFor();
    await heading(page, 'Leaderboards');
    expect(await page.getByText('Ada Lovelace').count()).toBe(0);
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
    await heading(page, 'Sign in');
  });

  it('makes an invitation link to share', async () => {
    const page = await spec.signedIn(cy);
    // From the member's own page.
    await page.goto(spec.at(`/people/${cy.id}`));
    await heading(page, 'Cy Newcomer');
    await page.getByRole('link', { name: 'Invite colleagues and see your recruits' }).click();
    await heading(page, 'Invite colleagues');
    await page.getByRole('button', { name: 'Create an invitation link' }).click();
    const link = await page.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`/${spec.instance.slug}/sign-up\\?invite=.+`));
    await page.getByText('Nobody has joined with your invitations yet.').waitFor();
  });

  it('tells members who are not admins that the console is for admins', async () => {
    const page = await spec.signedIn(ada);
    await page.goto(spec.at('/admin'));
    await heading(page, 'You need to be an admin');
  });

  it('lets the admin change a setting, which shows in the header, and suspend a member', async () => {
    const page = await spec.signedIn(spec.instance.admin);
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await heading(page, 'Admin');
    await page.getByLabel('Organisation name').waitFor();

    await page.getByLabel('Buzz window in days').fill('two weeks');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('There is a problem').waitFor();
    await eventually(async () => expect(await page.title()).toMatch(/^Error: /));
    await screenshot(page, 'admin-settings-error');

    await page.getByLabel('Buzz window in days').fill('14');
    await page.getByLabel('Organisation name').fill('Renamed Agency');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('Settings saved').waitFor();
    await page.locator('header').getByText('Renamed Agency').waitFor();
    await eventually(async () =>
      expect(await page.getByRole('status').filter({ hasText: 'Settings saved' }).innerText()).toContain('Settings saved'),
    );

    // The console's pages: members and the audit log each have their own.
    const adminPages = page.getByRole('navigation', { name: 'Admin pages' });
    await adminPages.getByRole('link', { name: 'Members and roles' }).click();
    await heading(page, 'Members and roles');
    // Suspending asks first, and for a reason the audit log keeps; cancelling changes nothing.
    await page.getByRole('button', { name: 'Suspend Cy Newcomer' }).click();
    await page.getByRole('heading', { name: 'Suspend Cy Newcomer?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-suspend-confirmation');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => expect(await page.getByRole('heading', { name: 'Suspend Cy Newcomer?' }).count()).toBe(0));
    await page.getByRole('button', { name: 'Suspend Cy Newcomer' }).click();
    await page.getByLabel('Reason (recorded in the audit log)').fill('Left the agency');
    await page.getByRole('button', { name: 'Confirm suspension' }).click();
    await page.getByRole('status').getByText('Cy Newcomer is suspended.').waitFor();
    await screenshot(page, 'admin-members');
    await adminPages.getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log');
    const audit = page.getByRole('table', { name: 'Audit log' });
    // Entries say who and what in words: the member by name, settings by their labels.
    await audit.getByRole('link', { name: 'Suspended Cy Newcomer' }).waitFor();
    await eventually(async () => expect(await audit.innerText()).toContain('Left the agency'));
    await eventually(async () => expect(await audit.innerText()).toContain('Changed: Buzz window in days, Organisation name'));
    expect(await audit.getByRole('link', { name: 'Suspended Cy Newcomer' }).getAttribute('href')).toBe(
      `/${spec.instance.slug}/people/${cy.id}`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-console');

    // A suspended member stays findable, so an admin can restore them.
    await adminPages.getByRole('link', { name: 'Members and roles' }).click();
    await heading(page, 'Members and roles');
    await page.getByLabel('Show').selectOption('SUSPENDED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/status=SUSPENDED/);
    const members = page.getByRole('table', { name: 'Members' });
    await page.getByRole('button', { name: 'Restore Cy Newcomer' }).waitFor();
    await eventually(async () =>
      expect(await members.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('Cy Newcomer')]),
    );
    await page.getByRole('button', { name: 'Restore Cy Newcomer' }).click();
    await page.getByRole('status').getByText('Cy Newcomer is restored.').waitFor();
    await page.getByText('No members match your search.').waitFor();
    await adminPages.getByRole('link', { name: 'Audit log' }).click();
    await audit.getByRole('link', { name: 'Restored Cy Newcomer' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-audit-phone');
  });

  it('pages through members and filters them by role, at phone width too', async () => {
    await spec.given.members(spec.instance, 26);
    const page = await spec.signedIn(spec.instance.admin, { viewport: { width: 390, height: 844 } });
    await page.goto(spec.at('/admin/members?role=MEMBER'));
    const members = page.getByRole('table', { name: 'Members' });
    await members.waitFor();
    await eventually(async () => expect(await members.locator('tbody tr').count()).toBe(25));
    const firstPage = await members.locator('tbody th').allInnerTexts();
    await page.getByRole('navigation', { name: 'Member pages' }).getByRole('link', { name: /Next/ }).click();
    await page.waitForURL(/page=2/);
    const secondPage = page.getByRole('table', { name: 'Members (Page 2)' });
    await secondPage.waitFor();
    // At least Ada, Bob, Cy and the 26 new members are MEMBERs, so page 2 goes on where page 1 stopped.
    await eventually(async () => {
      const rest = await secondPage.locator('tbody th').allInnerTexts();
      expect(rest.length).toBeGreaterThanOrEqual(4);
      expect(rest.filter((name) => firstPage.includes(name))).toEqual([]);
    });
    // Wide tables scroll inside their own box rather than widening the phone's page.
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-members-page-2-phone');
  });
});
