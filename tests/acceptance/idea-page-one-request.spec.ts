import type { CDPSession, Page } from 'playwright-core';
import { Given, type GivenMember, type GivenTenant } from '../../apps/api/src/testing/given';
import { startTestApp, type TestApp } from '../../apps/api/src/testing/test-app';
import { accessibilityViolations, heading, screenshot, TestBrowser } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

/** The operation name of every GraphQL request Chromium sends from the page, in order. */
async function recordGraphqlRequests(page: Page): Promise<string[]> {
  const sent: string[] = [];
  const network: CDPSession = await page.context().newCDPSession(page);
  network.on('Network.requestWillBeSent', ({ request }) => {
    if (new URL(request.url).pathname !== '/graphql' || request.method !== 'POST') return;
    const body = JSON.parse(request.postData ?? '{}') as { operationName?: string };
    sent.push(body.operationName ?? '(unnamed)');
  });
  await network.send('Network.enable');
  return sent;
}

describe('an investment idea page on a fresh load', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let browser: TestBrowser;
  const at = (path: string) => `${app.url}/${instance.slug}${path}`;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    // Public, so that a visitor who is not signed in may read its ideas.
    instance = await given.tenant({ currencyName: 'Peas', public: true });
    browser = await TestBrowser.launch();
  });
  afterEach(() => browser.closePages());
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function ideaWithDiscussion(title: string): Promise<{ ideaId: string; member: GivenMember }> {
    const { ideaId } = await given.openMarket(instance, { title });
    const member = await given.member(instance);
    await given.comment(member, { id: ideaId }, { body: 'Our depot already shares two vans.' });
    return { ideaId, member };
  }

  async function waitForTheFold(page: Page, title: string): Promise<void> {
    await heading(page, title);
    await page.getByTestId('market-chance').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Team' }).waitFor();
    await page.waitForLoadState('networkidle');
  }

  /** Scrolls to the price chart, then to the foot of the page, waiting for each lazy part to show. */
  async function scrollThroughBelowTheFold(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 3, name: 'Price history' }).scrollIntoViewIfNeeded();
    await page.getByRole('img', { name: /Chance of YES over time/ }).waitFor();
    await page.locator('footer').scrollIntoViewIfNeeded();
    await page.getByText('Our depot already shares two vans.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('asks for everything above the fold in one GraphQL request, the rest when scrolled to', async () => {
    const title = 'Share pool vans between depots';
    const { ideaId, member } = await ideaWithDiscussion(title);
    const page = await browser.signedIn(at(''), member, { viewport: DESKTOP });
    const sent = await recordGraphqlRequests(page);

    await page.goto(at(`/ideas/${ideaId}`));
    await waitForTheFold(page, title);

    expect(sent).toEqual(['IdeaPageFold']);
    // What the member sees above the fold came from that one request: the frame and the market.
    await page.getByTestId('header-balance').waitFor();
    await page.getByLabel('Amount to spend, in Peas').waitFor();

    await scrollThroughBelowTheFold(page);
    expect(sent[0]).toBe('IdeaPageFold');
    expect([...sent.slice(1)].sort()).toEqual(['IdeaDiscussion', 'IdeaTimeline', 'MarketPriceHistory']);
  });

  it('asks once for a visitor who is not signed in, too', async () => {
    const title = 'Switch off screens at night';
    const { ideaId } = await ideaWithDiscussion(title);
    const page = await browser.newPage({ viewport: DESKTOP });
    const sent = await recordGraphqlRequests(page);

    await page.goto(at(`/ideas/${ideaId}`));
    await waitForTheFold(page, title);

    expect(sent).toEqual(['IdeaPageFold']);
  });

  it('stays accessible at desktop and phone widths with the lazy parts loaded', async () => {
    const title = 'Borrow tools from the library';
    const { ideaId, member } = await ideaWithDiscussion(title);
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await browser.signedIn(at(''), member, { viewport });
      await page.goto(at(`/ideas/${ideaId}`));
      await waitForTheFold(page, title);
      await scrollThroughBelowTheFold(page);
      await screenshot(page, `idea-page-one-request-${name}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
