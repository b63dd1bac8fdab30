import type { CDPSession, Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading, screenshot } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

interface GraphqlRequest {
  operation: string;
  /** Chromium's monotonic clock, in seconds. */
  sentAt: number;
  answeredAt?: number;
}

/** Every GraphQL request Chromium sends from the page, in order, with when it went and was answered. */
async function recordGraphqlRequests(page: Page): Promise<GraphqlRequest[]> {
  const sent: GraphqlRequest[] = [];
  const byId = new Map<string, GraphqlRequest>();
  const network: CDPSession = await page.context().newCDPSession(page);
  network.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
    if (new URL(request.url).pathname !== '/graphql' || request.method !== 'POST') return;
    const body = JSON.parse(request.postData ?? '{}') as { operationName?: string };
    const recorded = { operation: body.operationName ?? '(unnamed)', sentAt: timestamp };
    sent.push(recorded);
    byId.set(requestId, recorded);
  });
  network.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const answered = byId.get(requestId);
    if (answered) answered.answeredAt = timestamp;
  });
  await network.send('Network.enable');
  return sent;
}

/** The requests sent before the first one was answered, then the names of those sent after it, sorted. */
function splitAtFirstAnswer(sent: GraphqlRequest[]): { beforeFold: string[]; after: string[] } {
  const foldAnswered = sent[0]?.answeredAt ?? Infinity;
  return {
    beforeFold: sent.filter((request) => request.sentAt < foldAnswered).map((request) => request.operation),
    after: sent
      .filter((request) => request.sentAt >= foldAnswered)
      .map((request) => request.operation)
      .sort(),
  };
}

describe('an investment idea page on a fresh load', () => {
  // Public, so that a visitor who is not signed in may read its ideas.
  const spec = BrowserSpec.start({ currencyName: 'Peas', public: true });

  async function ideaWithDiscussion(title: string): Promise<{ ideaId: string; member: GivenMember }> {
    const { given, instance } = spec;
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

  /** Scrolls to the price chart, then to the foot of the page, waiting for each part below the fold to show. */
  async function scrollThroughBelowTheFold(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 3, name: 'Price history' }).scrollIntoViewIfNeeded();
    await page.getByRole('img', { name: /Chance of YES over time/ }).waitFor();
    await page.locator('footer').scrollIntoViewIfNeeded();
    await page.getByText('Our depot already shares two vans.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('asks for everything above the fold in one GraphQL request, the rest after it', async () => {
    const title = 'Share pool vans between depots';
    const { ideaId, member } = await ideaWithDiscussion(title);
    const page = await spec.signedIn(member, { viewport: DESKTOP });
    const sent = await recordGraphqlRequests(page);

    await page.goto(spec.at(`/ideas/${ideaId}`));
    await waitForTheFold(page, title);
    // The frame and the market's trade form are above the fold too.
    await page.getByTestId('header-balance').waitFor();
    await page.getByLabel('Amount to spend, in Peas').waitFor();
    await scrollThroughBelowTheFold(page);

    // One request carried everything above the fold; the discussion, timeline and chart came after it.
    expect(splitAtFirstAnswer(sent)).toEqual({
      beforeFold: ['IdeaPageFold'],
      after: ['IdeaDiscussion', 'IdeaTimeline', 'MarketPriceHistory'],
    });
  });

  it('asks once for a visitor who is not signed in, too', async () => {
    const title = 'Switch off screens at night';
    const { ideaId } = await ideaWithDiscussion(title);
    const page = await spec.browser.newPage({ viewport: DESKTOP });
    const sent = await recordGraphqlRequests(page);

    await page.goto(spec.at(`/ideas/${ideaId}`));
    await waitForTheFold(page, title);
    await scrollThroughBelowTheFold(page);

    expect(splitAtFirstAnswer(sent)).toEqual({
      beforeFold: ['IdeaPageFold'],
      after: ['IdeaDiscussion', 'IdeaTimeline', 'MarketPriceHistory'],
    });
  });

  it('stays accessible at desktop and phone widths with the lazy parts loaded', async () => {
    const title = 'Borrow tools from the library';
    const { ideaId, member } = await ideaWithDiscussion(title);
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await spec.signedIn(member, { viewport });
      await page.goto(spec.at(`/ideas/${ideaId}`));
      await waitForTheFold(page, title);
      await scrollThroughBelowTheFold(page);
      await screenshot(page, `idea-page-one-request-${name}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
