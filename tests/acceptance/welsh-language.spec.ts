import type { Page } from 'playwright-core';
import { TEST_PASSWORD, type GivenTenant } from '../../apps/api/src/testing/given';
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { eventually, until } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import {
  accessibilityViolations,
  errorSummaryOf,
  heading,
  inlineErrorOf,
  screenshot,
  type TestBrowser,
  watchForCrownAssets,
} from '../support/web-browser';

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const languageSwitcher = (page: Page, label: string) => page.getByRole('navigation', { name: label });

describe('the web app in Welsh', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });
  let app: TestApp;
  let englishInstance: GivenTenant;
  let welshInstance: GivenTenant;
  let browser: TestBrowser;
  let page: Page;
  const at = (instance: GivenTenant, path: string) => `${app.url}/${instance.slug}${path}`;

  beforeAll(async () => {
    ({ app, instance: englishInstance, browser } = spec);
    welshInstance = await spec.given.tenant({ currencyName: 'Ceiniogau', settings: { defaultLanguage: 'cy' } });
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  it('switches the sign-in page to Cymraeg, then signs in to a home page in Welsh', async () => {
    const crownAssets = watchForCrownAssets(page);
    const name = englishInstance.tenant.name;
    await page.goto(at(englishInstance, '/sign-in'));
    await heading(page, 'Sign in');
    await eventually(async () => expect(await htmlLang(page)).toBe('en'));

    const inEnglish = languageSwitcher(page, 'Choose a language');
    expect(await inEnglish.innerText()).toMatch(/English\s*\n?\s*Cymraeg/);
    expect(await inEnglish.getByRole('link', { name: 'English' }).count()).toBe(0);
    const cymraeg = inEnglish.getByRole('link', { name: 'Cymraeg' });
    expect(await cymraeg.getAttribute('lang')).toBe('cy');
    expect(await cymraeg.getAttribute('hreflang')).toBe('cy');
    await cymraeg.click();

    await heading(page, 'Mewngofnodi');
    await eventually(async () => expect(await htmlLang(page)).toBe('cy'));
    await eventually(async () => expect(await page.title()).toBe(`Mewngofnodi – ${name} – Idea Exchange`));
    await page.getByLabel('Cyfeiriad e-bost').waitFor();
    await page.getByLabel('Cyfrinair').waitFor();
    const inWelsh = languageSwitcher(page, 'Dewis iaith');
    expect(await inWelsh.getByRole('link', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(await inWelsh.getByRole('link', { name: 'Cymraeg' }).count()).toBe(0);
    await eventually(async () => expect(await page.locator(':focus').textContent()).toBe('Cymraeg'));
    const account = page.getByRole('navigation', { name: 'Eich cyfrif' });
    await account.getByRole('link', { name: 'Mewngofnodi' }).waitFor();
    await account.getByRole('link', { name: 'Creu cyfrif' }).waitFor();
    await screenshot(page, 'welsh-sign-in');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    expect(await errorSummaryOf(page)).toEqual([
      { message: 'Rhowch eich cyfeiriad e-bost.', href: '#email' },
      { message: 'Rhowch eich cyfrinair.', href: '#password' },
    ]);
    expect(await page.locator('.govuk-error-summary__title').innerText()).toBe('Mae problem wedi codi');
    expect(await page.locator('#email-error').textContent()).toBe('Gwall: Rhowch eich cyfeiriad e-bost.');
    expect(await inlineErrorOf(page, 'password')).toBe('Rhowch eich cyfrinair.');
    await eventually(async () => expect(await page.title()).toBe(`Gwall: Mewngofnodi – ${name} – Idea Exchange`));
    await screenshot(page, 'welsh-sign-in-empty');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Cyfeiriad e-bost').fill(englishInstance.admin.email);
    await page.getByLabel('Cyfrinair').fill('nid dyma’r cyfrinair');
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await page.getByText('Mae’r cyfeiriad e-bost neu’r cyfrinair yn anghywir.').waitFor();
    expect(await errorSummaryOf(page)).toEqual([{ message: 'Mae’r cyfeiriad e-bost neu’r cyfrinair yn anghywir.', href: null }]);

    await page.getByLabel('Cyfrinair').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await heading(page, 'Croeso, Admin');
    await eventually(async () => expect(await page.title()).toBe(`Hafan – ${name} – Idea Exchange`));
    await eventually(async () => expect(await page.locator('.govuk-body-l').innerText()).toBe(`Rydych wedi mewngofnodi i ${name}.`));
    await eventually(async () =>
      expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/Eich rôl\s+Gweinyddwr\s+Arian cyfred\s+Peas/),
    );
    await eventually(async () =>
      expect(await page.locator('.govuk-service-navigation').innerText()).toMatch(/Eich balans:\s*1,000\.00 Peas/),
    );
    await page.getByRole('button', { name: 'Allgofnodi' }).waitFor();
    expect(await page.locator('.govuk-skip-link').textContent()).toBe('Neidio i’r prif gynnwys');
    await screenshot(page, 'welsh-home');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await heading(page, 'Croeso, Admin');
    await eventually(async () => expect(await htmlLang(page)).toBe('cy'));

    await page.getByRole('button', { name: 'Allgofnodi' }).click();
    await page.getByText('Rydych wedi allgofnodi.').waitFor();
    expect(crownAssets).toEqual([]);
  });

  it('keeps a signed-in member’s language choice on their account, for their e-mails', async () => {
    const member = await spec.given.member(englishInstance, { displayName: 'Dewi Sant' });
    const language = () => app.api.ok<{ me: { language: string | null } }>('{ me { language } }', {}, { token: member.token });
    const saved = async (expected: string) => {
      // The page saves the choice in the background after switching.
      await until(async () => (await language()).me.language === expected, 10_000, 100);
      expect((await language()).me.language).toBe(expected);
    };
    expect((await language()).me.language).toBeNull();
    await page.goto(at(englishInstance, '/sign-in'));
    await page.getByLabel('E-mail address').fill(member.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Dewi Sant');

    await languageSwitcher(page, 'Choose a language').getByRole('link', { name: 'Cymraeg' }).click();
    await heading(page, 'Croeso, Dewi Sant');
    await saved('cy');
    await languageSwitcher(page, 'Dewis iaith').getByRole('link', { name: 'English' }).click();
    await heading(page, 'Welcome, Dewi Sant');
    await saved('en');
  });

  it('opens an instance whose default language is Welsh in Welsh, until the person chooses English', async () => {
    const name = welshInstance.tenant.name;
    await page.goto(at(welshInstance, ''));
    await heading(page, name);
    await page.getByRole('button', { name: 'Mewngofnodi' }).waitFor();
    await eventually(async () => expect(await htmlLang(page)).toBe('cy'));
    await eventually(async () => expect(await page.title()).toBe(`Croeso – ${name} – Idea Exchange`));
    await eventually(async () => expect(await page.locator('main').innerText()).toContain('buddsoddwch Ceiniogau yn y rhai mwyaf addawol'));
    await screenshot(page, 'welsh-landing');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(at(welshInstance, '/sign-up'));
    await heading(page, 'Creu cyfrif');
    await page.getByLabel('Eich enw').waitFor();
    await page.getByLabel('Cod gwahodd (dewisol)').waitFor();
    await screenshot(page, 'welsh-sign-up');
    expect(await accessibilityViolations(page)).toEqual([]);

    await languageSwitcher(page, 'Dewis iaith').getByRole('link', { name: 'English' }).click();
    await heading(page, 'Create an account');
    await eventually(async () => expect(await htmlLang(page)).toBe('en'));

    await page.goto(at(welshInstance, ''));
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await eventually(async () => expect(await htmlLang(page)).toBe('en'));
  });

  it('keeps showing an English instance in Welsh once the person chose Welsh in another', async () => {
    await page.goto(at(welshInstance, '/sign-in'));
    await heading(page, 'Mewngofnodi');
    await page.goto(at(englishInstance, '/sign-in'));
    await heading(page, 'Sign in');

    await languageSwitcher(page, 'Choose a language').getByRole('link', { name: 'Cymraeg' }).click();
    await heading(page, 'Mewngofnodi');
    await page.goto(`${app.url}/no-such-instance`);
    await heading(page, 'Heb ddod o hyd i’r dudalen');
    await eventually(async () => expect(await page.title()).toBe('Heb ddod o hyd i’r dudalen – Idea Exchange'));
  });

  it('follows a language link opened on its own, as in a new tab, and tidies the address', async () => {
    await page.goto(`${app.url}/?lang=cy`);
    await heading(page, 'Idea Exchange');
    await page.getByLabel('Enw byr eich sefydliad').waitFor();
    await eventually(async () => expect(await htmlLang(page)).toBe('cy'));
    expect(new URL(page.url()).search).toBe('');
    await screenshot(page, 'welsh-start');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says in Welsh, in its own words, that the service could not be reached or that there were too many attempts', async () => {
    await page.goto(at(welshInstance, '/sign-in'));
    await heading(page, 'Mewngofnodi');
    await page.getByLabel('Cyfeiriad e-bost').fill(welshInstance.admin.email);
    await page.getByLabel('Cyfrinair').fill(TEST_PASSWORD);

    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    expect(await errorSummaryOf(page)).toEqual([
      { message: 'Mae’n ddrwg gennym, aeth rhywbeth o’i le. Rhowch gynnig arall arni ymhen ychydig funudau.', href: null },
    ]);

    await page.unroute('**/graphql');
    await page.route('**/graphql', (route) =>
      route.fulfill({
        json: {
          data: null,
          errors: [
            { message: 'Too many attempts. Try again in 2 minute(s).', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 90 } },
          ],
        },
      }),
    );
    await page.getByLabel('Cyfrinair').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await page.getByText('Gormod o ymdrechion. Rhowch gynnig arall arni ymhen 2 munud.').waitFor();
    expect(await errorSummaryOf(page)).toEqual([{ message: 'Gormod o ymdrechion. Rhowch gynnig arall arni ymhen 2 munud.', href: null }]);
  });
});
