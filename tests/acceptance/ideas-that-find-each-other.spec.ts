import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { MergingService } from '../../apps/api/src/merging/merging.service';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot } from '../support/web-browser';

describe('ideas that find each other, through the web app', () => {
  const spec = BrowserSpec.start({ settings: { buzzThreshold: 5 } });
  let ada: GivenMember;
  let bea: GivenMember;
  let moderator: GivenMember;
  const successBanner = (page: Page) => page.locator('.govuk-notification-banner--success');

  beforeAll(async () => {
    const { given, instance } = spec;
    ada = await given.member(instance, { displayName: 'Ada Author' });
    bea = await given.member(instance, { displayName: 'Bea Backer' });
    moderator = await given.member(instance, { role: 'MODERATOR', displayName: 'Mo Moderator' });
  });

  it('suggests similar ideas as the title is typed, and supports one instead of posting it twice', async () => {
    const existing = await spec.given.idea(spec.instance, ada, {
      title: 'Refill toner cartridges instead of buying new ones',
      description: 'We throw away hundreds of toner cartridges a year.',
    });
    await spec.given.idea(spec.instance, ada, { title: 'Plant trees along the staff car park' });
    const page = await spec.signedIn(bea);
    await page.goto(spec.at('/ideas/new'));
    await heading(page, 'Post an idea');

    await page.getByLabel('Title').fill('Refill the toner cartridges');
    const suggestions = page.getByRole('region', { name: 'Similar ideas already posted' });
    await suggestions.getByRole('link', { name: existing.title }).waitFor();
    await eventually(async () => expect(await suggestions.getByRole('link').allInnerTexts()).toEqual([existing.title]));
    await screenshot(page, 'similar-ideas-suggested');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The button names its idea to screen readers (visually hidden text, read after a pause).
    await suggestions
      .getByRole('button', { name: /^Support this instead\s*: Refill toner cartridges instead of buying new ones$/ })
      .click();
    await heading(page, existing.title);
    await successBanner(page).getByText('You now support this idea instead of posting a new one.').waitFor();
    await page.getByText('1 colleague supports this idea.').waitFor();
    await page.getByText('You follow this idea: you hear of its stage changes, decisions and merges.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('leads from a merged idea to the idea it was merged into, which members can follow', async () => {
    const target = await spec.given.idea(spec.instance, ada, { title: 'Switch off office lights at 7pm' });
    const source = await spec.given.idea(spec.instance, bea, { title: 'Turn the office lights off every evening' });
    await spec.app.app.get(MergingService).merge(spec.given.actor(moderator), source.id, target.id, 'The same idea');
    const reader = await spec.given.member(spec.instance, { displayName: 'Cai Reader' });
    const page = await spec.signedIn(reader);

    await page.goto(spec.at(`/ideas/${source.id}`));

    await heading(page, target.title);
    expect(new URL(page.url()).pathname).toBe(`/${spec.instance.slug}/ideas/${target.id}`);
    await page.getByText(`“${source.title}” was merged into this idea. Its support and discussion are here now.`).waitFor();
    await eventually(async () => expect(await page.locator('.govuk-summary-list').innerText()).toContain('Bea Backer'));
    await screenshot(page, 'merged-idea-redirect');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByText('2 members follow this idea.').waitFor();
    await page.getByRole('button', { name: 'Follow this idea' }).click();
    await successBanner(page).getByText('You now follow this idea.').waitFor();
    await page.getByText('3 members follow this idea.').waitFor();
    await page.getByRole('button', { name: 'Stop following' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the board open an outcome market on an implemented idea, which members trade and the impact page shows', async () => {
    const implementedIn = await spec.given.tenant({ settings: { buzzThreshold: 1, minTeamSize: 2, minReviews: 1, liquidity: 10000n } });
    const [lead, mate, trader] = await spec.given.members(implementedIn, 3);
    const board = await spec.given.member(implementedIn, { role: 'BOARD', displayName: 'Bo Board' });
    const idea = await spec.given.implementedIdea(
      implementedIn,
      { author: lead, teammates: [mate], boardMember: board },
      { title: 'Print on both sides' },
    );
    const ideaAt = `${spec.app.url}/${implementedIn.slug}/ideas/${idea.id}`;

    const boardPage = await spec.browser.signedIn(`${spec.app.url}/${implementedIn.slug}`, board);
    await boardPage.goto(ideaAt);
    await boardPage.getByRole('heading', { name: 'Markets on its outcome' }).waitFor();
    await boardPage.getByRole('button', { name: 'Open the market' }).click();
    await boardPage.locator('.govuk-error-summary').getByText('Enter a target, like 50000.00').waitFor();
    await boardPage.getByLabel('Realised savings target').fill('50000.00');
    await boardPage.getByLabel('Day').fill('31');
    await boardPage.getByLabel('Month').fill('3');
    await boardPage.getByLabel('Year').fill('2030');
    await boardPage.getByRole('button', { name: 'Open the market' }).click();
    const question = 'Will realised savings reach 50,000.00 Peas by 31 March 2030?';
    await successBanner(boardPage).getByText(`The market is open: ${question}`).waitFor();
    expect(await accessibilityViolations(boardPage)).toEqual([]);

    const traderPage = await spec.browser.signedIn(`${spec.app.url}/${implementedIn.slug}`, trader);
    await traderPage.goto(ideaAt);
    const market = traderPage.getByRole('region', { name: question });
    await market.getByLabel('YES: the target will be reached in time').check();
    await market.getByLabel('Amount to spend').fill('10.00');
    await market.getByRole('button', { name: 'Buy shares' }).click();
    await successBanner(traderPage)
      .getByText(/^You bought [\d.]+ shares for 10\.00 Peas\.$/)
      .waitFor();
    await market.getByText('1 trade').waitFor();
    await screenshot(traderPage, 'outcome-market-traded');
    expect(await accessibilityViolations(traderPage)).toEqual([]);

    await traderPage.goto(`${spec.app.url}/${implementedIn.slug}/impact`);
    const expectations = traderPage.getByRole('table', { name: 'What the crowd expects: markets on outcomes' });
    await expectations.getByRole('cell', { name: question }).waitFor();
    expect(await accessibilityViolations(traderPage)).toEqual([]);
  });
});
