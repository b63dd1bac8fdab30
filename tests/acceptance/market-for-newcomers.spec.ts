import type { Page } from 'playwright-core';
import type { GivenMarket, GivenMember } from '../../apps/api/src/testing/given';
import { buyFor } from '../../apps/api/src/testing/market-operations';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, inlineErrorOf, screenshot, sidewaysOverflow } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('a market that someone who never traded can read', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });

  const section = (page: Page) => page.getByTestId('market-section');
  const quote = (page: Page) => page.getByTestId('trade-quote');

  async function openIdea(page: Page, market: GivenMarket, title: string): Promise<void> {
    await spec.openIdea(page, market.ideaId, title);
    await section(page).getByRole('heading', { level: 2 }).waitFor();
  }

  it('leads the idea page with its market: beside the idea at desktop width, under the title on a phone', async () => {
    const { given, instance } = spec;
    const title = 'Share pool cars between teams';
    const market = await given.openMarket(instance, { title });
    const member = await given.member(instance);

    const desktop = await spec.signedIn(member, { viewport: DESKTOP });
    await openIdea(desktop, market, title);
    await eventually(async () => {
      const marketBox = await section(desktop).boundingBox();
      const description = await desktop.getByRole('heading', { name: 'About this idea' }).boundingBox();
      expect(marketBox && description && marketBox.x > description.x + description.width / 2).toBe(true);
      expect(marketBox && description && marketBox.y < description.y).toBe(true);
    });
    await screenshot(desktop, 'newcomer-idea-desktop');
    expect(await accessibilityViolations(desktop)).toEqual([]);

    const phone = await spec.signedIn(member, { viewport: PHONE });
    await openIdea(phone, market, title);
    await eventually(async () => {
      const phoneMarket = await section(phone).boundingBox();
      const phoneDescription = await phone.getByRole('heading', { name: 'About this idea' }).boundingBox();
      expect(phoneMarket && phoneDescription && phoneMarket.y < phoneDescription.y).toBe(true);
    });
    expect(await sidewaysOverflow(phone)).toBe(0);
    await screenshot(phone, 'newcomer-idea-phone');
    expect(await accessibilityViolations(phone)).toEqual([]);
  });

  it('shows each floated idea’s chance in the ideas list', async () => {
    const { given, instance } = spec;
    const title = 'Print less, scan more';
    await given.openMarket(instance, { title });
    const page = await spec.signedIn(await given.member(instance), { viewport: PHONE });
    await page.goto(spec.at(`/ideas?search=${encodeURIComponent(title)}`));
    const item = page.locator('.app-idea-list__item', { hasText: title });
    await eventually(async () =>
      expect(await item.getByTestId('idea-chance').innerText()).toBe('50% chance it will be implemented, says its market'),
    );
    await screenshot(page, 'newcomer-idea-list-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says what a buy pays and refuses more than the wallet holds as it is typed', async () => {
    const { given, instance } = spec;
    const title = 'Reuse meeting room screens';
    const market = await given.openMarket(instance, { title });
    const member = await given.member(instance);
    const page = await spec.signedIn(member, { viewport: DESKTOP });
    await openIdea(page, market, title);

    await section(page).getByRole('radio', { name: 'YES' }).check();
    await section(page).getByLabel('Amount to spend, in Peas').fill('20');
    await quote(page).getByText('Profit if it wins').waitFor();
    await eventually(async () => {
      const text = await quote(page).innerText();
      expect(text).toMatch(/If the idea is implemented\s+pays [\d.]+ Peas/);
      expect(text).toMatch(/Average price\s+0\.\d\d Peas a share/);
      expect(text).toMatch(/Your wallet after the trade\s+980\.00 Peas/);
    });
    await screenshot(page, 'newcomer-quote');

    await section(page).getByLabel('Amount to spend, in Peas').fill('5000');
    expect(await inlineErrorOf(page, 'trade-amount')).toBe('You can spend up to 1,000.00 Peas: that is what your wallet holds');
  });

  it('shows the cost basis and profit of a position, and after the decision the result and the price at it', async () => {
    const { app, given, instance } = spec;
    const title = 'Open data for bus stops';
    const market = await given.openMarket(instance, { title });
    const member = await given.member(instance);
    await buyFor(app.api, member, market.ideaId, 'YES', '30.00');
    const page = await spec.signedIn(member, { viewport: DESKTOP });
    await openIdea(page, market, title);
    await eventually(async () => {
      const position = await section(page).getByTestId('market-position').innerText();
      expect(position).toMatch(/Paid/);
      expect(position).toMatch(/YES\s+[\d.,]+\s+30\.00\s+[\d.,]+\s+-?[\d.,]+/);
    });
    await eventually(async () => expect(await section(page).innerText()).toMatch(/People who have traded\s+1/));

    await given.settle(instance, market.ideaId, 'YES');
    await openIdea(page, market, title);
    await eventually(async () => {
      const resolution = await section(page).getByTestId('market-resolution').innerText();
      expect(resolution).toMatch(/Implemented: YES paid 1\.00 Peas a share/);
      expect(resolution).toMatch(/Chance of YES when the board decided/);
    });
    await screenshot(page, 'newcomer-settled');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads in Welsh, outcomes included', async () => {
    const { given, instance } = spec;
    const title = 'Rhannu ceir';
    const market = await given.openMarket(instance, { title });
    const member: GivenMember = await given.member(instance);
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await spec.signedIn(member, { viewport });
      await spec.openIdea(page, market.ideaId, title);
      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await section(page).getByRole('heading', { name: 'Marchnad' }).waitFor();
      await section(page).getByRole('radio', { name: 'IE' }).check();
      await section(page).getByLabel('Swm i’w wario, mewn Peas').fill('10');
      await quote(page).getByText('Elw os yw’n ennill').waitFor();
      await screenshot(page, `newcomer-idea-welsh-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
