import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { TEST_DOMAIN, TEST_PASSWORD, type Given, type GivenTenant } from '../../apps/api/src/testing/given';
import { GraphQLClient } from '../../apps/api/src/testing/graphql-client';
import { linkIn, MailCatcher } from '../../apps/api/src/testing/mail-catcher';
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { BrowserSpec } from '../support/browser-spec';
import { startOidcProvider, type OidcProviderProcess } from '../support/oidc-provider-process';
import { accessibilityViolations, heading, screenshot, type TestBrowser } from '../support/web-browser';

const CONFIGURE_SSO = `mutation($input: SsoInput!) { configureSso(input: $input) { issuer clientId enabled } }`;
const NEW_PASSWORD = 'three new random words';

describe('reaching people: e-mailed links and single sign-on in the browser', () => {
  let mail: MailCatcher;
  let app: TestApp;
  let web: AppProcess;
  let given: Given;
  let instance: GivenTenant;
  let provider: OidcProviderProcess;
  let browser: TestBrowser;
  const at = (path: string) => `${web.url}/${instance.slug}${path}`;

  beforeAll(async () => {
    mail = await MailCatcher.start();
  });
  // The in-process app makes instances and members (the factories); the app process serves the browser. Same database, same keys.
  const spec = BrowserSpec.start({ currencyName: 'Peas' }, { config: () => ({ smtpUrl: mail.url }) });

  beforeAll(async () => {
    ({ app, given, instance, browser } = spec);
    // The browser's app runs as its own process (as `npm start` does): openid-client is an ES module
    // Jest cannot load. On a port free now, so that runs side by side do not collide.
    const port = await freePort();
    web = await startAppProcess(
      {
        DATABASE_URL: process.env.IX_TEST_APP_URL as string,
        MIGRATION_DATABASE_URL: process.env.IX_TEST_OWNER_URL as string,
        DATA_DIR: mkdtempSync(join(resolve(__dirname, '../../tmp'), 'reach-web-')),
        WEB_DIST: resolve(process.env.IX_TEST_WEB_DIST ?? resolve(__dirname, '../../dist/web')),
        JWT_SECRET: app.config.jwtSecret,
        OPERATOR_TOKEN: app.config.operatorToken,
        SMTP_URL: mail.url,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SEED_DEMO: 'false',
        JOB_INTERVAL_SECONDS: '0',
        LOG_LEVEL: 'warn',
      },
      port,
    );
    provider = await startOidcProvider([`${web.url}/${instance.slug}/auth/oidc/callback`], {
      ada: { email: `ada.lovelace@${TEST_DOMAIN}`, emailVerified: true, name: 'Ada Lovelace' },
      outsider: { email: 'someone@elsewhere.example.com', emailVerified: true, name: 'Out Sider' },
      unconfirmed: { email: `unconfirmed@${TEST_DOMAIN}`, emailVerified: false, name: 'Un Confirmed' },
    });
    await new GraphQLClient(`${web.url}/graphql`).ok(
      CONFIGURE_SSO,
      { input: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, enabled: true } },
      { token: instance.admin.token },
    );
  });

  afterAll(async () => {
    web?.child.kill('SIGTERM');
    await web?.exited;
    await provider?.stop();
    await mail?.close();
  });

  /** Through the provider's own sign-in and consent pages, as the named account. */
  const signInWithProvider = async (page: Page, login: string) => {
    await page.goto(at('/sign-in'));
    await page.getByRole('link', { name: 'Sign in with your organisation’s account' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
  };

  it('signs a colleague in with the organisation’s provider, creating their account on the first visit', async () => {
    const page = await browser.newPage();
    await signInWithProvider(page, 'ada');
    await heading(page, 'Welcome, Ada Lovelace');
    expect(new URL(page.url())).toMatchObject({ pathname: `/${instance.slug}`, hash: '' });
    await page.locator('.govuk-service-navigation').getByText('Ada Lovelace').waitFor();
    // Vouched for by the provider: no link to follow.
    expect(await page.getByText('Check your e-mail').count()).toBe(0);

    const again = await browser.newPage();
    await signInWithProvider(again, 'ada');
    await heading(again, 'Welcome, Ada Lovelace');
  });

  it('refuses a provider account outside the allowed domains or without a confirmed address, saying why', async () => {
    const page = await browser.newPage();
    await signInWithProvider(page, 'outsider');
    await page.getByText('Your organisation’s account is not from a domain this organisation accepts.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${instance.slug}/sign-in`);

    const other = await browser.newPage();
    await signInWithProvider(other, 'unconfirmed');
    await other.getByText('did not confirm your e-mail address').waitFor();
  });

  it('asks a new member to check their e-mail, and lets them take part once they follow the link', async () => {
    const email = `grace@${TEST_DOMAIN}`;
    const page = await browser.newPage();
    await page.goto(at('/sign-up'));
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Create a password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('region', { name: 'Important' }).getByText('Check your e-mail').waitFor();
    await screenshot(page, 'check-your-email');

    const message = await mail.waitFor(email);
    await page.goto(linkIn(message, `${web.url}/${instance.slug}/verify-email?token=`).href);
    await page.getByText('Your e-mail address is confirmed').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await heading(page, 'Welcome, Grace Hopper');
    expect(await page.getByText('Check your e-mail').count()).toBe(0);
  });

  it('resets a forgotten password from the e-mailed link', async () => {
    const member = await given.member(instance, { displayName: 'Alan Turing' });
    const page = await browser.newPage();
    await page.goto(at('/sign-in'));
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await heading(page, 'Reset your password');
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If ${member.email} belongs to an account here`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const message = await mail.waitFor(member.email, (m) => m.subject.startsWith('Reset your password'));
    await page.goto(linkIn(message, `${web.url}/${instance.slug}/reset-password?token=`).href);
    await heading(page, 'Choose a new password');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await heading(page, 'Welcome, Alan Turing');
    expect(await app.api.code('{ me { id } }', {}, { token: member.token })).toBe('UNAUTHENTICATED');
  });
});
