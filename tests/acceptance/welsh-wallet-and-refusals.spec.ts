import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BUY } from '../../apps/api/src/testing/market-operations';
import { TEST_PASSWORD, type GivenMember } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, inlineErrorOf, screenshot } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };

describe('money and refusals in Welsh', () => {
  const spec = BrowserSpec.start({ currencyName: 'Ceiniogau', settings: { defaultLanguage: 'cy' } });

  /** Signs in through the instance's sign-in page, which a Welsh instance shows in Welsh. */
  async function signedInInWelsh(member: GivenMember, viewport: { width: number; height: number }): Promise<Page> {
    const page = await spec.browser.newPage({ viewport });
    await page.goto(spec.at('/sign-in'));
    await page.getByLabel('Cyfeiriad e-bost').fill(member.email);
    await page.getByLabel('Cyfrinair').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await heading(page, `Croeso, ${member.displayName}`);
    return page;
  }

  it('words every line of the wallet in Welsh, outcomes included, on a desktop and a phone', async () => {
    const member = await spec.given.member(spec.instance, { displayName: 'Nia Jones' });
    const market = await spec.given.openMarket(spec.instance, { title: 'Rhannu ceir rhwng timau' });
    await spec.app.api.ok(BUY, { input: { ideaId: market.ideaId, outcome: 'YES', shares: '10.00', idempotencyKey: randomUUID() } }, member);
    await spec.given.settle(spec.instance, market.ideaId, 'YES');

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await signedInInWelsh(member, viewport);
      await page.goto(spec.at('/wallet'));
      await heading(page, 'Eich waled');
      // The heading comes with the page; the wallet's lines come with its query's answer.
      await eventually(async () =>
        expect(await page.locator('tbody tr td:nth-child(2), tbody tr th:nth-child(2)').allInnerTexts()).toEqual([
          'Marchnad wedi setlo: talodd IE 1.00 y gyfran',
          'Prynwyd 10.00 cyfran IE',
          'Grant cychwynnol am ymuno',
        ]),
      );
      await screenshot(page, `welsh-wallet-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it('refuses a trade over the wallet in Welsh as it is typed and when it is sent', async () => {
    const title = 'Argraffu llai';
    const market = await spec.given.openMarket(spec.instance, { title });
    const member = await spec.given.member(spec.instance);
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await signedInInWelsh(member, viewport);
      await page.goto(spec.at(`/ideas/${market.ideaId}`));
      await heading(page, title);
      const section = page.getByTestId('market-section');
      await section.getByRole('radio', { name: 'IE' }).check();
      await section.getByLabel('Swm i’w wario, mewn Ceiniogau').fill('5000');
      expect(await inlineErrorOf(page, 'trade-amount')).toBe('Gallwch wario hyd at 1,000.00 Ceiniogau: dyna sydd yn eich waled');
      await section.getByRole('button', { name: 'Prynu cyfrannau' }).click();
      expect(await errorSummaryOf(page)).toEqual([
        { message: 'Gallwch wario hyd at 1,000.00 Ceiniogau: dyna sydd yn eich waled', href: '#trade-amount' },
      ]);
      await screenshot(page, `welsh-trade-refusal-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it('shows the API’s own refusal in Welsh: a wrong current password, and a wrong password at sign-in', async () => {
    const member = await spec.given.member(spec.instance);
    const page = await signedInInWelsh(member, DESKTOP);
    await page.goto(spec.at('/account/password'));
    await heading(page, 'Newid eich cyfrinair');
    await page.getByLabel('Cyfrinair presennol').fill('nid dyma’r cyfrinair');
    await page.getByLabel('Cyfrinair newydd').fill('tri gair ar hap eto');
    await page.getByRole('button', { name: 'Newid cyfrinair' }).click();
    expect(await errorSummaryOf(page)).toEqual([{ message: 'Nid yw eich cyfrinair presennol yn gywir.', href: '#current-password' }]);
    expect(await inlineErrorOf(page, 'current-password')).toBe('Nid yw eich cyfrinair presennol yn gywir.');
    await screenshot(page, 'welsh-api-refusal');
    expect(await accessibilityViolations(page)).toEqual([]);

    const stranger = await spec.browser.newPage({ viewport: PHONE });
    await stranger.goto(spec.at('/sign-in'));
    await stranger.getByLabel('Cyfeiriad e-bost').fill(member.email);
    await stranger.getByLabel('Cyfrinair').fill('nid dyma’r cyfrinair');
    await stranger.getByRole('button', { name: 'Mewngofnodi' }).click();
    expect(await errorSummaryOf(stranger)).toEqual([{ message: 'Mae’r cyfeiriad e-bost neu’r cyfrinair yn anghywir.', href: null }]);
    await screenshot(stranger, 'welsh-sign-in-refusal-390');
  });

  it('shows the board’s refusal of a shareholder in Welsh, naming the shares with IE', async () => {
    const holder = await spec.given.member(spec.instance, { displayName: `Gwen Cyfranddaliwr ${randomUUID().slice(0, 4)}` });
    const market = await spec.given.openMarket(spec.instance, { title: 'Beiciau i’r staff' });
    await spec.app.api.ok(BUY, { input: { ideaId: market.ideaId, outcome: 'YES', shares: '12.00', idempotencyKey: randomUUID() } }, holder);

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await signedInInWelsh(spec.instance.admin, viewport);
      await page.goto(spec.at(`/admin/members?q=${encodeURIComponent(holder.displayName)}`));
      const role = page.getByLabel(`Rôl ar gyfer ${holder.displayName}`);
      await role.selectOption('BOARD');
      await page.getByRole('button', { name: `Newid rôl ar gyfer ${holder.displayName}` }).click();

      const refusal = page.getByRole('alert').filter({ hasText: 'Mae gan yr aelod hwn' });
      await refusal.waitFor();
      expect(await refusal.innerText()).toBe(
        'Ni weithiodd hynny: Mae gan yr aelod hwn 12.00 cyfran IE yn “Beiciau i’r staff”. Aelodau’r bwrdd sy’n penderfynu ar farchnadoedd, felly gallant ymuno â’r bwrdd pan fydd y rhain wedi’u gwerthu neu wedi setlo.',
      );
      await screenshot(page, `welsh-board-refusal-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it('words an outcome market’s question in Welsh in a follower’s notifications', async () => {
    const organisation = await spec.given.tenant({
      currencyName: 'Ceiniogau',
      settings: { defaultLanguage: 'cy', buzzThreshold: 1, minTeamSize: 2, minReviews: 1 },
    });
    const [author, mate, follower] = await spec.given.members(organisation, 3);
    const board = await spec.given.member(organisation, { role: 'BOARD' });
    const idea = await spec.given.implementedIdea(
      organisation,
      { author, teammates: [mate], boardMember: board },
      { title: 'Argraffu dwyochrog' },
    );
    await spec.app.api.ok('mutation($id: ID!) { followIdea(ideaId: $id) { id } }', { id: idea.id }, follower);
    const year = new Date().getUTCFullYear() + 2;
    await spec.app.api.ok(
      'mutation($input: OutcomeMarketInput!) { openOutcomeMarket(input: $input) { id } }',
      { input: { ideaId: idea.id, target: '750.00', closesAt: new Date(Date.UTC(year, 5, 30, 12)).toISOString() } },
      board,
    );

    const page = await spec.browser.newPage({ viewport: PHONE });
    await page.goto(`${spec.app.url}/${organisation.slug}/sign-in`);
    await page.getByLabel('Cyfeiriad e-bost').fill(follower.email);
    await page.getByLabel('Cyfrinair').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await heading(page, `Croeso, ${follower.displayName}`);
    await page.goto(`${spec.app.url}/${organisation.slug}/notifications`);
    await heading(page, 'Hysbysiadau');

    await eventually(async () =>
      expect(await page.locator('main').innerText()).toContain(
        `Mae marchnad wedi agor ar “Argraffu dwyochrog”: A fydd yr arbedion a wireddwyd yn cyrraedd 750.00 Ceiniogau erbyn 30 Mehefin ${year}?`,
      ),
    );
    await screenshot(page, 'welsh-outcome-market-notification-390');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('runs the blue band under the header the full width of a phone', async () => {
    const member = await spec.given.member(spec.instance);
    for (const viewport of [PHONE, SMALL_PHONE]) {
      const page = await signedInInWelsh(member, viewport);
      await page.goto(spec.at('/wallet'));
      await heading(page, 'Eich waled');
      // The band is the header's bottom border: as wide as the window, in GOV.UK blue, and not hidden by the container.
      // Evaluated as text: the tests compile without the DOM's types.
      const band: unknown = await page.evaluate(`(() => {
        const header = document.querySelector('header.govuk-header');
        const style = getComputedStyle(header);
        return {
          width: header.getBoundingClientRect().width,
          border: style.borderBottomWidth + ' ' + style.borderBottomStyle + ' ' + style.borderBottomColor,
          containerBorder: getComputedStyle(header.querySelector('.govuk-header__container')).borderBottomColor,
        };
      })()`);
      expect(band).toEqual({ width: viewport.width, border: '10px solid rgb(29, 112, 184)', containerBorder: 'rgba(0, 0, 0, 0)' });
      await screenshot(page, `header-band-${viewport.width}`);
    }
  });
});

describe('the start page', () => {
  // The start page comes before any spec.instance: the spec's own spec.instance plays no part here.
  const spec = BrowserSpec.start();

  it('says organisation, never spec.instance, in English and in Welsh', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await spec.browser.newPage({ viewport });
      await page.goto(`${spec.app.url}/`);
      await page.getByRole('heading', { name: 'Go to your organisation' }).waitFor();
      await page.getByLabel('Short name of your organisation').waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/spec.instance/i);
      await screenshot(page, `start-page-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await page.getByRole('heading', { name: 'Ewch i’ch sefydliad' }).waitFor();
      await page.getByLabel('Enw byr eich sefydliad').waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(/enghraifft hon|safle/i);
      await screenshot(page, `start-page-welsh-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
