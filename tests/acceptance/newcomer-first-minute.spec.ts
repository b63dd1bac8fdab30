import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-seed';
import { demoInstance } from '../../apps/api/src/testing/demo-instance';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot, sidewaysOverflow } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALLEST = { width: 320, height: 640 };

describe('a newcomer’s first minute', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });

  const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
  const howItWorksLink = (page: Page) => page.getByRole('link', { name: 'How it works', exact: true });

  it('on the demo organisation, shows the demo accounts on the sign-in page and fills the form with one', async () => {
    const { app, browser } = spec;
    await demoInstance(app);
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${app.url}/demo/sign-in`);
    await heading(page, 'Sign in');
    const accounts = page.getByTestId('demo-accounts');
    await eventually(async () => expect(await accounts.innerText()).toContain(`all with the password ${DEMO_PASSWORD}`));
    await screenshot(page, 'newcomer-demo-sign-in-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    await accounts.getByRole('button', { name: 'admin@demo.gov.uk' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading(page, 'Welcome, Dana Admin');
  });

  it('shows no demo accounts on any other organisation’s sign-in page', async () => {
    const page = await spec.browser.newPage({ viewport: DESKTOP });
    await page.goto(spec.at('/sign-in'));
    await heading(page, 'Sign in');
    expect(await page.getByTestId('demo-accounts').count()).toBe(0);
  });

  it('folds the navigation behind a menu button on a phone, and leads from the home page to how it works', async () => {
    const member = await spec.given.member(spec.instance);
    const page = await spec.signedIn(member, { viewport: PHONE });
    await eventually(async () => expect(await howItWorksLink(page).first().isVisible()).toBe(false));
    await eventually(async () => {
      const header = await page.locator('.govuk-service-navigation').boundingBox();
      expect(header && header.height).toBeLessThan(80);
    });
    await screenshot(page, 'newcomer-home-phone');

    await menuButton(page).click();
    await eventually(async () => expect(await menuButton(page).getAttribute('aria-expanded')).toBe('true'));
    await screenshot(page, 'newcomer-menu-open-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'How it works' }).click();
    await heading(page, 'How it works');
    // Following a link folds the menu away again.
    await eventually(async () => expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false'));
    await eventually(async () =>
      expect(await page.locator('main').innerText()).toMatch(/A YES share pays 1\.00 Peas if the idea is implemented/),
    );
    await screenshot(page, 'newcomer-how-it-works-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    const desktop = await spec.signedIn(member, { viewport: DESKTOP });
    expect(await menuButton(desktop).count()).toBe(0);
    await desktop.getByRole('main').getByRole('link', { name: 'Read how it works' }).click();
    await heading(desktop, 'How it works');
    await screenshot(desktop, 'newcomer-how-it-works-desktop');
    expect(await accessibilityViolations(desktop)).toEqual([]);
  });

  it('explains how it works in Welsh, at the smallest phone width', async () => {
    const member = await spec.given.member(spec.instance);
    const page = await spec.signedIn(member, { viewport: SMALLEST });
    await page.goto(spec.at('/how-it-works'));
    await heading(page, 'How it works');
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await heading(page, 'Sut mae’n gweithio');
    await eventually(async () => expect(await page.locator('main').innerText()).toMatch(/cyfran IE yn talu 1\.00 Peas/));
    expect(await sidewaysOverflow(page)).toBe(0);
    await screenshot(page, 'newcomer-how-it-works-welsh-320');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('folds the ideas list’s filters away on a phone, so the first idea is in view', async () => {
    const { given, instance } = spec;
    const title = 'Fewer printers per floor';
    await given.idea(instance, instance.admin, { title });
    const member = await given.member(instance);
    const page = await spec.signedIn(member, { viewport: PHONE });
    await page.goto(spec.at('/ideas'));
    await heading(page, 'Ideas');
    await eventually(async () => expect(await page.getByLabel('Search ideas').isVisible()).toBe(false));
    const first = await page.locator('.app-idea-list__item').first().boundingBox();
    expect(first && first.y).toBeLessThan(PHONE.height);
    await screenshot(page, 'newcomer-ideas-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByText('Search and filter').first().click();
    await eventually(async () => expect(await page.getByLabel('Search ideas').isVisible()).toBe(true));
  });

  it('copies an idea’s link for colleagues and says so', async () => {
    const { given, instance } = spec;
    const idea = await given.idea(instance, instance.admin, { title: 'Lift share board' });
    const member = await given.member(instance);
    const page = await spec.signedIn(member, { viewport: DESKTOP });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: spec.app.url });
    await spec.openIdea(page, idea.id, 'Lift share board');
    await page.getByRole('button', { name: 'Copy link to this idea' }).click();
    await page.getByRole('status').getByText('Link copied.').waitFor();
    const copied = await page.evaluate(() =>
      (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
    );
    expect(copied).toBe(spec.at(`/ideas/${idea.id}`));
  });
});
