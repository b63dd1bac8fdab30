import type { Page } from 'playwright-core';
import { Given, type GivenTenant } from '../../apps/api/src/testing/given';
import { startTestApp, type TestApp } from '../../apps/api/src/testing/test-app';
import { heading, TestBrowser } from '../support/web-browser';

/** Every report of a blocked script, style, image or connection on the page, as Chromium logs it. */
function watchForPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('the web app under its Content Security Policy (no inline script or style)', () => {
  let app: TestApp;
  let browser: TestBrowser;
  let instance: GivenTenant;
  const at = (path: string) => `${app.url}/${instance.slug}${path}`;

  beforeAll(async () => {
    app = await startTestApp();
    instance = await new Given(app).tenant();
    browser = await TestBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders, signs in, shows a market with its chart and goes live, with nothing blocked', async () => {
    const given = new Given(app);
    const member = await given.member(instance, { displayName: 'Cora Policy' });
    const market = await given.openMarket(instance, { title: 'Shared minibus for site visits' });
    const page = await browser.newPage();
    const violations = watchForPolicyViolations(page);
    const response = await page.goto(at('/sign-in'));
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);

    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Cora Policy');
    await page.goto(at(`/ideas/${market.ideaId}`));
    await heading(page, 'Shared minibus for site visits');
    await page.waitForLoadState('networkidle');

    expect(violations).toEqual([]);
  });
});
