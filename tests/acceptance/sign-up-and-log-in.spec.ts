import type { Page } from 'playwright-core';
import { TEST_DOMAIN, TEST_PASSWORD, type GivenTenant } from '../../apps/api/src/testing/given';
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import {
  accessibilityViolations,
  errorSummaryOf,
  fontFamilyOf,
  heading,
  inlineErrorOf,
  screenshot,
  type TestBrowser,
  watchForCrownAssets,
} from '../support/web-browser';

describe('signing up and signing in through the web app', () => {
  // Proving the address is its own journey (reaching-people.spec.ts).
  const spec = BrowserSpec.start({ currencyName: 'Peas', settings: { requireEmailVerification: false } });
  let app: TestApp;
  let instance: GivenTenant;
  let browser: TestBrowser;
  let page: Page;
  const email = `sam.civil@${TEST_DOMAIN}`;
  const at = (path: string) => `${app.url}/${instance.slug}${path}`;

  beforeAll(() => ({ app, instance, browser } = spec));

  beforeEach(async () => {
    page = await browser.newPage();
  });

  it('lets a colleague create an account, sign out and sign in again', async () => {
    const crownAssets = watchForCrownAssets(page);
    await page.goto(at('/sign-up'));
    await heading(page, 'Create an account');
    expect(await fontFamilyOf(page, 'h1')).toBe('arial, sans-serif');
    expect(await page.title()).toBe(`Create an account – ${instance.tenant.name} – Idea Exchange`);
    await screenshot(page, 'sign-up');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Your name').fill('Sam Civil');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Create a password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await heading(page, 'Welcome, Sam Civil');
    expect(new URL(page.url()).pathname).toBe(`/${instance.slug}`);
    const header = page.locator('.govuk-service-navigation');
    await header.getByText('Sam Civil').waitFor();
    // The new member's starting grant, in the instance's currency, linking to their portfolio.
    await header.getByRole('link', { name: 'Your balance: 1,000.00 Peas' }).waitFor();
    await eventually(async () => expect(await page.locator('.govuk-header').innerText()).toContain(instance.tenant.name));
    await eventually(async () => expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/Your role\s+Member/));
    expect(await page.title()).toBe(`Home – ${instance.tenant.name} – Idea Exchange`);
    await screenshot(page, 'home');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await page.getByText('You have signed out.').waitFor();
    await screenshot(page, 'signed-out');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Sam Civil');
    expect(crownAssets).toEqual([]);
  });

  it('keeps the member signed in across a reload of the page', async () => {
    await page.goto(at('/sign-in'));
    await page.getByLabel('E-mail address').fill(instance.admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Admin');

    await page.reload();
    await heading(page, 'Welcome, Admin');
    await eventually(async () => expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/Your role\s+Admin/));
  });

  it('shows a wrong password in the error summary, with "Error:" in the title', async () => {
    await page.goto(at('/sign-in'));
    await page.getByLabel('E-mail address').fill(instance.admin.email);
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    expect(await errorSummaryOf(page)).toEqual([{ message: 'The e-mail address or password is not right.', href: null }]);
    expect(await page.title()).toBe(`Error: Sign in – ${instance.tenant.name} – Idea Exchange`);
    await screenshot(page, 'sign-in-wrong-password');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists each empty field in the error summary, linked to the field and worded as beside it', async () => {
    await page.goto(at('/sign-up'));
    await page.getByRole('button', { name: 'Create account' }).click();

    const summary = await errorSummaryOf(page);
    expect(summary.map((entry) => entry.href)).toEqual(['#display-name', '#email', '#password']);
    for (const { message, href } of summary) expect(await inlineErrorOf(page, (href ?? '').slice(1))).toBe(message);
    await eventually(async () => expect(await page.title()).toMatch(/^Error: Create an account – /));
    await screenshot(page, 'sign-up-empty');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('.govuk-error-summary__list a[href="#email"]').click();
    await eventually(async () => expect(await page.locator(':focus').getAttribute('id')).toBe('email'));

    await page.goto(at('/sign-in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await errorSummaryOf(page)).toEqual([
      { message: 'Enter your e-mail address.', href: '#email' },
      { message: 'Enter your password.', href: '#password' },
    ]);
  });

  it("shows the API's field problems beside the field they are about", async () => {
    await page.goto(at('/sign-up'));
    await page.getByLabel('Your name').fill('Outsider');
    await page.getByLabel('E-mail address').fill('outsider@example.com');
    await page.getByLabel('Create a password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    const [entry, ...others] = await errorSummaryOf(page);
    expect(others).toEqual([]);
    expect(entry.href).toBe('#email');
    expect(entry.message).toMatch(/invited colleagues/);
    expect(await inlineErrorOf(page, 'email')).toBe(entry.message);
  });

  it('prefills the invite code from the link a colleague sent', async () => {
    await page.goto(at('/sign-up?invite=ABC123'));
    expect(await page.getByLabel('Invite code (optional)').inputValue()).toBe('ABC123');
  });

  it('sends a member whose sign-in is no longer valid back to the sign-in page', async () => {
    await page.goto(at('/sign-in'));
    const slug = instance.slug;
    await page.evaluate((key) => {
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(key, 'not-a-valid-token');
    }, `idea-exchange:token:${slug}`);

    await page.goto(at(''));
    await heading(page, 'Sign in');
    await page.getByText('Your session has ended. Sign in again to carry on.').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('explains Idea Exchange on the start page and leads to an organisation by its short name', async () => {
    await page.goto(app.url);
    await heading(page, 'Idea Exchange');
    expect(await page.title()).toBe('Idea Exchange');
    await screenshot(page, 'start');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Short name of your organisation').fill(instance.slug);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, instance.tenant.name);
    expect(await page.title()).toBe(`Welcome – ${instance.tenant.name} – Idea Exchange`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'landing');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows "Page not found" for an instance that does not exist', async () => {
    await page.goto(`${app.url}/no-such-instance`);
    await heading(page, 'Page not found');
    expect(await page.title()).toBe('Page not found – Idea Exchange');
    await screenshot(page, 'not-found');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
