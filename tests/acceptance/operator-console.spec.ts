import type { Page } from 'playwright-core';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, inlineErrorOf, screenshot } from '../support/web-browser';

const SUSPENDED_MESSAGE = 'This organisation is suspended: you can read what is there, but not sign in or make changes.';

describe('the platform operator console', () => {
  // The operator's page carries its session from one test to the next.
  const spec = BrowserSpec.start({}, { keepPages: true });
  let operator: Page;
  // A new instance per run, as the test database keeps the instances of earlier runs.
  const slug = `franchise-${Date.now().toString(36)}`;
  const franchise = {
    name: 'Franchise Agency',
    adminName: 'Fran Admin',
    adminEmail: `fran@${slug}.gov.uk`,
    password: 'acorns and oak trees',
  };

  beforeAll(async () => {
    const { given, instance: seeded } = spec;
    const ada = await given.member(seeded, { displayName: 'Ada Lovelace' });
    await given.member(seeded, { displayName: 'Bob Babbage' });
    await given.idea(seeded, ada, { title: 'Share the printers' });
    operator = await newPage();
  });

  const newPage = () => spec.browser.newPage();

  /** Signs in to the new instance as its first admin in a browser of its own, which stays on the sign-in page if refused. */
  async function signInToFranchise(): Promise<Page> {
    const page = await newPage();
    await page.goto(`${spec.app.url}/${slug}/sign-in`);
    await heading(page, 'Sign in');
    await page.getByLabel('E-mail address').fill(franchise.adminEmail);
    await page.getByLabel('Password').fill(franchise.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  /** How many things the tab keeps in its session storage, where the operator token goes. */
  const keptInTab = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { sessionStorage: { length: number } }).sessionStorage.length);

  const instanceRow = (name: string, caption = 'Organisations') =>
    operator.getByRole('table', { name: caption }).locator('tbody tr', { has: operator.getByRole('rowheader', { name }) });

  /** The console's own words (headings, labels, hints, buttons, captions), without the organisations' names. */
  const consoleWords = async () =>
    (await operator.locator('h1, h2, caption, label, legend, .govuk-hint, .govuk-body, button, th[scope=col]').allInnerTexts()).join('\n');

  async function cellsOf(name: string, caption?: string): Promise<string[]> {
    const cells = await instanceRow(name, caption).getByRole('cell').allInnerTexts();
    return cells.map((cell) => cell.trim());
  }

  it('refuses a wrong operator token and lists the instances with the right one', async () => {
    await operator.goto(`${spec.app.url}/operator`);
    await heading(operator, 'Operator sign in');
    await eventually(async () => expect(await operator.title()).toBe('Operator sign in – Idea Exchange'));
    expect(await accessibilityViolations(operator)).toEqual([]);

    await operator.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummaryOf(operator)).resolves.toEqual([{ message: 'Enter the operator token.', href: '#operator-token' }]);

    await operator.getByLabel('Operator token').fill('not-the-operator-token');
    await operator.getByRole('button', { name: 'Continue' }).click();
    await operator.getByText('The operator token is not right.').first().waitFor();
    await expect(errorSummaryOf(operator)).resolves.toEqual([{ message: 'The operator token is not right.', href: '#operator-token' }]);
    await expect(inlineErrorOf(operator, 'operator-token')).resolves.toBe('The operator token is not right.');
    await eventually(async () => expect(await operator.title()).toBe('Error: Operator sign in – Idea Exchange'));
    await eventually(async () => expect(await keptInTab(operator)).toBe(0));
    await screenshot(operator, 'operator-sign-in-error');

    await operator.getByLabel('Operator token').fill('test-operator-token-that-is-long-enough');
    await operator.getByRole('button', { name: 'Continue' }).click();
    await heading(operator, 'Operator console');
    await eventually(async () => expect(await operator.title()).toBe('Operator console – Idea Exchange'));
    // Name, then: short name, access, members (the admin and two), ideas, last activity, created, status, action.
    await eventually(async () => {
      const cells = await cellsOf(spec.instance.tenant.name);
      expect(cells.slice(0, 4)).toEqual([spec.instance.slug, 'Internal', '3', '1']);
      expect(cells[6]).toBe('Active');
    });
    // "Instance" was jargon to the people it names: the console says organisation.
    await eventually(async () => expect(await consoleWords()).toMatch(/Add an organisation[\s\S]*Organisation name/));
    expect(await consoleWords()).not.toMatch(/instance/i);
    expect(await accessibilityViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-console');
  });

  it('franchises a new instance, whose first admin signs in and configures it', async () => {
    await operator.getByRole('button', { name: 'Add organisation' }).click();
    const missing = await errorSummaryOf(operator);
    expect(missing[0]).toEqual({ message: 'Enter a short name for the organisation.', href: '#instance-slug' });
    expect(missing).toHaveLength(7);
    await eventually(async () => expect(await operator.title()).toBe('Error: Operator console – Idea Exchange'));

    await operator.getByLabel('Short name').fill('Not A Slug');
    await operator.getByLabel('Organisation name').fill(franchise.name);
    await operator.getByLabel('Currency name').fill('Peas');
    await operator.getByLabel('Internal').check();
    await operator.getByLabel('Full name').fill(franchise.adminName);
    await operator.getByLabel('E-mail address').fill(franchise.adminEmail);
    await operator.getByLabel('Password').fill(franchise.password);
    await operator.getByRole('button', { name: 'Add organisation' }).click();
    // The API's own check of the short name, beside the field (in place of the form's own message).
    await operator.locator('#instance-slug-error', { hasText: 'lower-case letters' }).waitFor();
    await expect(inlineErrorOf(operator, 'instance-slug')).resolves.toMatch(/lower-case letters, digits or hyphens/);
    expect(await accessibilityViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-create-error');

    await operator.getByLabel('Short name').fill(slug);
    await operator.getByLabel('Password').fill(franchise.password);
    await operator.getByRole('button', { name: 'Add organisation' }).click();
    await operator.getByText('Organisation added').waitFor();
    await operator.getByRole('link', { name: `sign in to ${franchise.name}` }).waitFor();
    await expect(operator.getByRole('link', { name: `sign in to ${franchise.name}` }).getAttribute('href')).resolves.toBe(
      `/${slug}/sign-in`,
    );
    await instanceRow(franchise.name).waitFor();
    await eventually(async () => expect((await cellsOf(franchise.name)).slice(0, 4)).toEqual([slug, 'Internal', '1', '0']));
    await screenshot(operator, 'operator-created');

    const admin = await signInToFranchise();
    await heading(admin, `Welcome, ${franchise.adminName}`);
    await admin.goto(`${spec.app.url}/${slug}/admin`);
    await heading(admin, 'Admin');
    await admin.getByLabel('Currency name').fill('Acorns');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.locator('header').getByRole('link', { name: franchise.name }).click();
    await heading(admin, `Welcome, ${franchise.adminName}`);
    await admin.locator('.govuk-summary-list').getByText('Acorns').waitFor();
  });

  it('suspends the instance, which then refuses sign-in, and reactivates it', async () => {
    await operator.getByRole('button', { name: `Suspend ${franchise.name}` }).click();
    await operator.getByRole('heading', { name: `Suspend ${franchise.name}?` }).waitFor();
    expect(await accessibilityViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-confirm-suspend');
    await operator.getByRole('button', { name: `Yes, suspend ${franchise.name}` }).click();
    await operator.getByText(`${franchise.name} is suspended.`).waitFor();
    await eventually(async () => expect((await cellsOf(franchise.name))[6]).toBe('Suspended'));

    const refused = await signInToFranchise();
    await expect(errorSummaryOf(refused)).resolves.toEqual([{ message: SUSPENDED_MESSAGE, href: null }]);

    await operator.getByRole('button', { name: `Reactivate ${franchise.name}` }).click();
    await operator.getByRole('button', { name: `Yes, reactivate ${franchise.name}` }).click();
    await operator.getByText(`${franchise.name} is active again.`).waitFor();
    await eventually(async () => expect((await cellsOf(franchise.name))[6]).toBe('Active'));

    const admitted = await signInToFranchise();
    await heading(admitted, `Welcome, ${franchise.adminName}`);
  });

  it('signs the operator out and forgets the token', async () => {
    await operator.getByRole('button', { name: 'Sign out' }).click();
    await heading(operator, 'Operator sign in');
    await operator.getByText('You have signed out of the operator console.').waitFor();
    await eventually(async () => expect(await keptInTab(operator)).toBe(0));
    await operator.reload();
    await heading(operator, 'Operator sign in');
    expect(await accessibilityViolations(operator)).toEqual([]);
  });

  it('speaks Welsh', async () => {
    await operator.getByRole('link', { name: 'Cymraeg' }).click();
    await heading(operator, 'Mewngofnodi fel gweithredwr');
    await operator.getByLabel('Tocyn y gweithredwr').fill('test-operator-token-that-is-long-enough');
    await operator.getByRole('button', { name: 'Parhau' }).click();
    await heading(operator, 'Consol y gweithredwr');
    await operator.getByRole('table', { name: 'Sefydliadau' }).waitFor();
    await eventually(async () => expect((await cellsOf(franchise.name, 'Sefydliadau'))[6]).toBe('Gweithredol'));
    await eventually(async () => expect(await consoleWords()).toMatch(/Ychwanegu sefydliad[\s\S]*Enw’r sefydliad/));
    expect(await consoleWords()).not.toMatch(/safle|instance/i);
    await operator.getByRole('button', { name: `Atal ${franchise.name}` }).waitFor();
    expect(await accessibilityViolations(operator)).toEqual([]);
    await screenshot(operator, 'operator-console-cy');
  });
});
