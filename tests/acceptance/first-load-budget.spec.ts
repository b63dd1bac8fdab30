import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserSpec } from '../support/browser-spec';
import { heading } from '../support/web-browser';

const WEB_DIST = resolve(process.env.IX_TEST_WEB_DIST ?? resolve(__dirname, '../../dist/web'));

/**
 * What a cold load of the sign-in page may download of JavaScript, gzip-compressed (the build's
 * .gz copies of every script the page fetched, lazy chunks included): issue 13's 150 KB. The ways
 * in do without Apollo Client, which loads with the first page past them; what fills the budget is
 * React with its router (about 95 KiB), i18next (22 KiB), the app's shell with the first screens'
 * English (15 KiB) and the page itself: 139 KiB when the budget was set.
 */
const FIRST_LOAD_JS_BUDGET = 150 * 1024;

describe('what a first visit downloads', () => {
  const spec = BrowserSpec.start();

  it('keeps the sign-in page’s JavaScript within budget, and sends every asset compressed', async () => {
    const page = await spec.browser.newPage();
    const scripts: Array<{ path: string; encoding: string | undefined }> = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push({ path: url.pathname, encoding: response.headers()['content-encoding'] });
    });

    await page.goto(spec.at('/sign-in'));
    await heading(page, 'Sign in');
    await page.waitForLoadState('networkidle');

    const gzipBytes = scripts.reduce((total, script) => total + statSync(`${WEB_DIST}${script.path}.gz`).size, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
    // Chromium asks for brotli over HTTPS only; on plain HTTP it gets the build's gzip copies.
    expect(scripts.filter((script) => script.encoding !== 'gzip')).toEqual([]);
  });

  it('sends the build’s brotli copy of an asset to a client that accepts brotli', async () => {
    const page = await spec.browser.newPage();
    await page.goto(spec.at('/sign-in'));
    await heading(page, 'Sign in');
    const script = await page.locator('script[type="module"]').getAttribute('src');
    const response = await fetch(`${spec.app.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    // fetch decodes brotli: the body must be the very file the build wrote.
    expect(await response.text()).toBe(readFileSync(`${WEB_DIST}${script}`, 'utf8'));
  });

  it('answers GraphQL in gzip to a client that asks for it', async () => {
    const response = await fetch(`${spec.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', 'x-tenant': spec.instance.slug },
      // Long enough to be worth compressing: the schema's own type names.
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
