import type { AxeResults } from 'axe-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../apps/api/src/testing/given';
import { launchChromium } from './chromium.cjs';

const WEB_BUILD = resolve(process.env.IX_TEST_WEB_DIST ?? resolve(__dirname, '../../dist/web'), 'index.html');
const SCREENSHOTS = resolve(__dirname, '../../tmp/screenshots');

/** The system Chromium, once the web app is built (the test app serves dist/web). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(WEB_BUILD)) throw new Error('No web build: run `npm run build:web` before the acceptance tests.');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return launchChromium();
}

/** Who signs in: a member the Given factories made (they all have TEST_PASSWORD). */
export interface SignsIn {
  email: string;
  displayName: string;
}

/**
 * A spec's browser: one Chromium, with a context of its own (cookies, storage) for every page
 * it opens, as separate people would have; `closePages` between tests, `close` at the end.
 */
export class TestBrowser {
  private readonly contexts: BrowserContext[] = [];

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<TestBrowser> {
    return new TestBrowser(await launchBrowser());
  }

  /** A fresh window, the size of a small laptop screen unless `options` say otherwise. */
  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /** A fresh window signed in through the instance's sign-in page (`instanceUrl`: app URL and slug), on its home page. */
  async signedIn(instanceUrl: string, member: SignsIn, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await this.newPage(options);
    await page.goto(`${instanceUrl}/sign-in`);
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, `Welcome, ${member.displayName}`);
    return page;
  }

  async closePages(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }

  async close(): Promise<void> {
    await this.closePages();
    await this.browser.close();
  }
}

/**
 * The accessibility problems axe-core finds on the page (or only inside the element `within`
 * selects, for a section other features share a page with), in a form that reads well in a failure.
 */
let axeSource: string | undefined;

export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated over the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
  axeSource ??= readFileSync(require.resolve('axe-core'), 'utf8');
  await page.evaluate(axeSource);
  type Axe = { run(context?: { include: string[] }): Promise<AxeResults> };
  const results = await page.evaluate(
    (selector) => (globalThis as unknown as { axe: Axe }).axe.run(selector ? { include: [selector] } : undefined),
    within,
  );
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A full-page screenshot in tmp/screenshots/, to look at after the run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Waits for the page's h1 to say `name`. */
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The error summary's entries, once it has taken focus: each message and the field it links to. */
export async function errorSummaryOf(page: Page): Promise<Array<{ message: string; href: string | null }>> {
  await page.locator('.govuk-error-summary:focus').waitFor();
  const entries = page.locator('.govuk-error-summary__list li');
  // Its entries render with it; waiting for the first keeps the reads below from counting none.
  await entries.first().waitFor();
  const found: Array<{ message: string; href: string | null }> = [];
  for (const entry of await entries.all()) {
    const link = entry.locator('a');
    found.push({ message: (await entry.innerText()).trim(), href: (await link.count()) > 0 ? await link.getAttribute('href') : null });
  }
  return found;
}

/** The inline message of a field, without GOV.UK's visually hidden prefix ("Error:", "Gwall:"). */
export async function inlineErrorOf(page: Page, fieldId: string): Promise<string> {
  const text = await page.locator(`#${fieldId}-error`).innerText();
  return text.replace(/^(Error|Gwall):\s*/, '').trim();
}

/** The font the browser uses for the first element matching `selector`. */
export function fontFamilyOf(page: Page, selector: string): Promise<string> {
  type Styles = { getComputedStyle(element: unknown): { fontFamily: string } };
  return page
    .locator(selector)
    .first()
    .evaluate((element) => (globalThis as unknown as Styles).getComputedStyle(element).fontFamily);
}

/**
 * Records the page's requests for GDS Transport font files or the crown's crest, which only
 * services on gov.uk may use: the list should stay empty.
 */
export function watchForCrownAssets(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (/\.woff2?(\?|$)|govuk-crest/.test(request.url())) requested.push(request.url());
  });
  return requested;
}

/** How far the page scrolls sideways (0 when it fits the window); a table too wide should scroll inside its own box instead. */
export function sidewaysOverflow(page: Page): Promise<number> {
  type Root = { documentElement: { scrollWidth: number; clientWidth: number } };
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: Root }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
