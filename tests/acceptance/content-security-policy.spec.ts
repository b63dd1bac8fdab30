import type { Page } from 'playwright-core';
import { BrowserSpec } from '../support/browser-spec';
import { heading } from '../support/web-browser';

/** Every report of a blocked script, style, image or connection on the page, as Chromium logs it. */
function watchForPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('the web app under its Content Security Policy (no inline script or style)', () => {
  const spec = BrowserSpec.start();
  const at = (path: string) => spec.at(path);

  it('renders, signs in, shows a market with its chart and goes live, with nothing blocked', async () => {
    const { given } = spec;
    const member = await given.member(spec.instance, { displayName: 'Cora Policy' });
    const market = await given.openMarket(spec.instance, { title: 'Shared minibus for site visits' });
    const page = await spec.browser.newPage();
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
