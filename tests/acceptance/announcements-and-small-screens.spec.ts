import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, screenshot } from '../support/web-browser';

/** The admin pages and the pages this work touched, each with some content, as its admin sees them. */
const PAGES = ['/admin', '/admin/members', '/admin/audit', '/admin/analytics', '/admin/integrations', '/moderation', '/notifications'];

/**
 * Sideways overflow: the page's own, each table's that no scrolling box of its own holds, and the
 * elements that stick out (so a failure names what to fix).
 */
// The little of the DOM the check reads (the tests compile without the DOM's types).
interface Box {
  getBoundingClientRect(): { right: number };
  parentElement: Box | null;
  tagName: string;
  classList: Iterable<string>;
  textContent: string | null;
  querySelector(selector: string): Box | null;
}
interface Dom {
  document: { documentElement: { scrollWidth: number; clientWidth: number }; body: Box; querySelectorAll(selector: string): Iterable<Box> };
  getComputedStyle(element: Box): { overflowX: string };
}

function overflowOf(page: Page): Promise<{ page: number; tables: string[]; culprits: string[] }> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as Dom;
    const root = document.documentElement;
    const scrollsItself = (element: Box | null): boolean => {
      for (let at = element; at && at !== document.body; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    const tables = [...document.querySelectorAll('table')]
      .filter((table) => table.getBoundingClientRect().right > root.clientWidth + 1 && !scrollsItself(table.parentElement))
      .map((table) => table.querySelector('caption')?.textContent ?? 'a table without a caption');
    const sticksOut = (element: Box | null) => !!element && element.getBoundingClientRect().right > root.clientWidth + 1;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => sticksOut(element) && !sticksOut(element.parentElement) && !scrollsItself(element.parentElement))
      .slice(0, 3)
      .map(
        (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent?.slice(0, 30) ?? ''}"`,
      );
    return { page: root.scrollWidth - root.clientWidth, tables, culprits };
  });
}

describe('announcements, admin pages and small screens', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas', settings: { buzzThreshold: 2 } });
  let author: GivenMember;
  let ideaId: string;
  const at = (path: string) => spec.at(path);
  const h1 = (page: Page) => page.locator('h1').first().waitFor();

  beforeAll(async () => {
    author = await spec.given.member(spec.instance, { displayName: 'Ana Author' });
    const idea = await spec.given.idea(spec.instance, author, { title: 'Share the pool cars across teams' });
    ideaId = idea.id;
    await spec.given.comment(await spec.given.member(spec.instance, { displayName: 'Siân Lewis' }), idea);
    await spec.given.supporters(spec.instance, idea, 2);
  });

  it('announces successes as statuses and failures as alerts, the error summary taking focus', async () => {
    const admin = await spec.signedIn(spec.instance.admin);
    await admin.goto(at('/admin'));
    await admin.getByLabel('Organisation name').fill('Renamed Agency');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    expect(await admin.getByRole('alert').filter({ hasText: 'Settings saved' }).count()).toBe(0);

    await admin.getByLabel('Buzz window in days').fill('two weeks');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    const focused = () =>
      (globalThis as unknown as { document: { activeElement: { className: string } | null } }).document.activeElement?.className;
    await eventually(async () => expect(await admin.evaluate(focused)).toContain('govuk-error-summary'));

    const member = await spec.signedIn(author);
    await member.goto(at('/notifications'));
    await member.getByRole('button', { name: 'Mark all as read' }).click();
    await member.getByRole('status').filter({ hasText: 'notifications marked as read.' }).waitFor();

    // A page whose query fails says so as an alert, not as quiet text.
    await member.route('**/graphql', (route) =>
      route.request().postData()?.includes('NotificationList') ? route.fulfill({ status: 500, body: 'down' }) : route.fallback(),
    );
    await member.goto(at('/notifications'));
    await member.getByRole('alert').filter({ hasText: 'your notifications could not be loaded' }).waitFor();
    await member.unroute('**/graphql');
    await member.route('**/graphql', (route) =>
      route.request().postData()?.includes('Leaderboard') ? route.fulfill({ status: 500, body: 'down' }) : route.fallback(),
    );
    await member.goto(at('/leaderboards'));
    await member.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
  });

  it.each([1280, 390])(
    'finds no accessibility problems on the admin pages at %i px',
    async (width) => {
      const page = await spec.signedIn(spec.instance.admin, { viewport: { width, height: 900 } });
      const problems: string[] = [];
      for (const path of [...PAGES, `/ideas/${ideaId}`]) {
        await page.goto(at(path));
        await h1(page);
        await page.getByText('Loading…').first().waitFor({ state: 'detached' });
        problems.push(...(await accessibilityViolations(page)).map((violation) => `${path}: ${violation}`));
      }
      expect(problems).toEqual([]);
      // Eight pages, each loaded and checked: minutes on a busy machine.
    },
    240_000,
  );

  it('keeps every page within 320 px, tables scrolling in their own box', async () => {
    const page = await spec.signedIn(spec.instance.admin, { viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of [...PAGES, `/ideas/${ideaId}`, '/wallet', '/portfolio', '/leaderboards', '/impact']) {
      await page.goto(at(path));
      await h1(page);
      await page.getByText('Loading…').first().waitFor({ state: 'detached' });
      const overflow = await overflowOf(page);
      if (overflow.page > 0) overflowing.push(`${path}: the page is ${overflow.page} px too wide (${overflow.culprits.join(', ')})`);
      overflowing.push(...overflow.tables.map((table) => `${path}: "${table}" widens the page`));
      if (path === '/admin/members') await screenshot(page, 'admin-members-320');
    }
    expect(overflowing).toEqual([]);
  }, 240_000);

  it('shows notifications and the idea’s timeline in Welsh at 390 px, worded from their kinds', async () => {
    const page = await spec.signedIn(author, { viewport: { width: 390, height: 844 } });
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.locator('html[lang="cy"]').waitFor();
    await page.goto(at('/notifications'));
    await page.getByRole('heading', { level: 1, name: 'Hysbysiadau' }).waitFor();
    const list = page.locator('.app-notification-list');
    await list
      .getByText(
        'Mae eich syniad “Share the pool cars across teams” wedi symud i’r cam ffurfio tîm: Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o 2, a 2 yn ofynnol',
      )
      .waitFor();
    await list.getByText('Mae Siân Lewis wedi rhoi sylw ar eich syniad “Share the pool cars across teams”.').waitFor();
    expect(await list.innerText()).not.toMatch(/\b(moved|supported|commented|your idea)\b/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'welsh-notifications-390');

    await page.goto(at(`/ideas/${ideaId}`));
    const timeline = page.locator('section[aria-labelledby="timeline-heading"]');
    await timeline.getByText('Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o 2, a 2 yn ofynnol').waitFor();
    await timeline.getByText('Wedi’i gyflwyno').waitFor();
    expect(await timeline.innerText()).not.toMatch(/\b(Submitted|Reached|threshold)\b/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'welsh-idea-timeline-390');
  });
});
