import type { Page } from 'playwright-core';
import { TEST_PASSWORD, type GivenMember } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The build's Apollo Client chunk (vite.config.mts names it), told apart from the app's own apollo-frame chunk by its 8-character hash. */
const APOLLO_CHUNK = /\/assets\/apollo-[\w-]{8}\.js$/;

/** The paths of every script the page fetches from now on. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  return scripts;
}

const loadedApollo = (scripts: string[]) => scripts.some((path) => APOLLO_CHUNK.test(path));

describe('the ways into an instance, before Apollo Client', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });

  async function signIn(page: Page, member: GivenMember): Promise<void> {
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading(page, `Welcome, ${member.displayName}`);
  }

  it('shows the landing, sign-in and sign-up pages without Apollo Client, and loads it with the home page after signing in', async () => {
    const member = await spec.given.member(spec.instance);
    const page = await spec.browser.newPage({ viewport: DESKTOP });
    const scripts = watchScripts(page);

    await page.goto(spec.at(''));
    await heading(page, spec.instance.tenant.name);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Sign in');
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    await heading(page, 'Create an account');
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(loadedApollo(scripts)).toBe(false);

    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await heading(page, 'Sign in');
    await signIn(page, member);
    await eventually(async () => expect(loadedApollo(scripts)).toBe(true));
    // The header's member parts come through Apollo Client's cache.
    await page.getByTestId('header-balance').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    // The home page's frame hands over to the other pages' frame, and back.
    await page.getByRole('link', { name: 'Ideas', exact: true }).click();
    await heading(page, 'Ideas');
    await page.getByRole('link', { name: spec.instance.tenant.name }).click();
    await heading(page, `Welcome, ${member.displayName}`);
  });

  it('signs out to the sign-in page saying so, and the next member who signs in sees nothing of the last', async () => {
    const first = await spec.given.member(spec.instance);
    const second = await spec.given.member(spec.instance);
    const page = await spec.browser.newPage({ viewport: DESKTOP });
    await page.goto(spec.at('/sign-in'));
    await signIn(page, first);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in');
    await page.getByText('You have signed out.').waitFor();

    await signIn(page, second);
    expect(await page.getByText(first.displayName).count()).toBe(0);
  });

  it.each([
    { width: 1280, language: 'en', title: 'Sign in' },
    { width: 390, language: 'en', title: 'Sign in' },
    { width: 1280, language: 'cy', title: 'Mewngofnodi' },
    { width: 390, language: 'cy', title: 'Mewngofnodi' },
  ])('shows the sign-in page at $width px in $language with no accessibility problems', async ({ width, language, title }) => {
    const viewport = width === DESKTOP.width ? DESKTOP : PHONE;
    const page = await spec.browser.newPage({ viewport });
    await page.goto(spec.at(`/sign-in?lang=${language}`));
    await heading(page, title);
    await eventually(async () => expect(await page.locator('html').getAttribute('lang')).toBe(language));
    await screenshot(page, `sign-in-${width}-${language}`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
