import { describeAmount, formatAmount, parseAmount } from '@idea-exchange/money';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { marketTopic } from '../../apps/api/src/market/market.service';
import type { GivenMarket, GivenMember } from '../../apps/api/src/testing/given';
import { BUY, MARKET, PORTFOLIO, QUOTE, WALLET_HISTORY } from '../../apps/api/src/testing/market-operations';
import { untilSubscribed } from '../../apps/api/src/testing/live-subscribers';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, inlineErrorOf, screenshot } from '../support/web-browser';

interface ApiPortfolio {
  portfolio: {
    balance: string;
    netWorth: string;
    positions: Array<{ ideaId: string; outcome: 'YES' | 'NO'; shares: string; value: string; market: { id: string; priceYes: number } }>;
  };
}
interface ApiWalletEntry {
  id: string;
  amount: string;
  balanceAfter: string;
  reason: string;
  ideaId: string | null;
}

/** An API Amount as the pages show it: "1,234.50 Peas". */
const peas = (amount: string) => describeAmount(parseAmount(amount), 'Peas');
/** A probability as the pages show it: "63.2%". */
const chance = (priceYes: number) => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(priceYes);
/** "-12.50" -> "−12.50 Peas", "12.50" -> "+12.50 Peas", as the wallet's history shows amounts. */
const signed = (amount: string) => (amount.startsWith('-') ? `−${peas(amount.slice(1))}` : `+${peas(amount)}`);

describe('the idea market through the web app', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas' });

  /** The idea page, through the real route, once its market section has loaded. */
  async function openIdea(page: Page, market: GivenMarket, title: string): Promise<void> {
    await page.goto(spec.at(`/ideas/${market.ideaId}`));
    await heading(page, title);
    await section(page).getByTestId('market-chance').waitFor();
  }

  const section = (page: Page) => page.getByTestId('market-section');
  /** The market section alone, large enough to check the chart by eye. */
  const sectionShot = (page: Page, name: string) =>
    section(page).screenshot({ path: resolve(__dirname, `../../tmp/screenshots/${name}-section.png`) });
  const chanceShown = (page: Page) => section(page).getByTestId('market-chance').innerText();
  const headerBalance = (page: Page) => page.getByTestId('header-balance').innerText();
  const successBanner = (page: Page) => page.locator('.govuk-notification-banner--success');
  const marketOf = async (market: GivenMarket) =>
    (await spec.app.api.ok<{ market: { priceYes: number } }>(MARKET, { ideaId: market.ideaId }, { token: spec.instance.admin.token }))
      .market;
  const portfolioOf = async (member: GivenMember) =>
    (await spec.app.api.ok<ApiPortfolio>(PORTFOLIO, {}, { token: member.token })).portfolio;
  const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const waitForChance = (page: Page, expected: string) =>
    page.locator('[data-testid="market-chance"]', { hasText: exactly(expected) }).waitFor({ timeout: 10_000 });
  /** Waits for the chart to plot `count` prices. */
  const waitForPrices = async (page: Page, count: number) => {
    const circles = section(page).getByRole('img', { name: 'Chance of YES over time' }).locator('circle');
    await circles.nth(count - 1).waitFor();
    await eventually(async () => expect(await circles.count()).toBe(count));
  };

  it('lets a member buy YES by amount, see price, chart and position change, then sell part', async () => {
    const title = 'Print on both sides by default';
    const market = await spec.given.openMarket(spec.instance, { title });
    const mo = await spec.given.member(spec.instance, { displayName: 'Mo Trader' });
    const page = await spec.signedIn(mo);
    await eventually(async () => expect(await headerBalance(page)).toBe('1,000.00 Peas'));

    await openIdea(page, market, title);
    await eventually(async () => expect(await chanceShown(page)).toBe('50%'));
    await eventually(async () => expect(await section(page).innerText()).toContain('Will this idea be implemented?'));
    await eventually(async () =>
      expect(await section(page).locator('.govuk-summary-list').innerText()).toMatch(/Price of a YES share\s+0\.50 Peas a share/),
    );
    await eventually(async () => expect(await page.getByTestId('market-position').innerText()).toBe('You hold no shares in this market.'));
    // The chart's figures come after the page's first request.
    await waitForPrices(page, 1);
    await screenshot(page, 'market-open');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);

    // A live quote, as the API would quote it.
    await page.getByLabel('YES', { exact: true }).check();
    await page.getByLabel('Amount to spend, in Peas').fill('10');
    const quote = (
      await spec.app.api.ok<{ quote: { shares: string; cost: string } }>(
        QUOTE,
        { input: { ideaId: market.ideaId, outcome: 'YES', spend: '10.00' } },
        { token: mo.token },
      )
    ).quote;
    const quoteView = page.getByTestId('trade-quote');
    await quoteView.getByText(`${quote.shares} YES shares`).waitFor();
    await eventually(async () => expect(await quoteView.innerText()).toContain(peas(quote.cost)));
    await screenshot(page, 'market-quote');

    await page.getByRole('button', { name: 'Buy shares' }).click();
    await successBanner(page)
      .getByText(`You bought ${quote.shares} YES shares for ${peas(quote.cost)}`)
      .waitFor();
    const afterBuy = await marketOf(market);
    const balanceAfterBuy = peas(formatAmount(100000n - parseAmount(quote.cost)));
    await eventually(async () => expect(await successBanner(page).innerText()).toContain(`Your wallet now holds ${balanceAfterBuy}`));
    await waitForChance(page, chance(afterBuy.priceYes));
    expect(afterBuy.priceYes).toBeGreaterThan(0.5);
    await waitForPrices(page, 2);
    await eventually(async () =>
      expect(await page.getByTestId('market-position').innerText()).toMatch(new RegExp(`YES\\s+${quote.shares}`)),
    );
    await eventually(async () => expect(await headerBalance(page)).toBe(balanceAfterBuy));
    await section(page).getByText('Show the data').click();
    const prices = section(page).getByRole('table', { name: 'Chance of YES after each trade, oldest first' });
    await eventually(async () => expect(await prices.locator('tbody tr').count()).toBe(2));
    await screenshot(page, 'market-after-buy');
    await sectionShot(page, 'market-after-buy');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);

    // Sell part of it back.
    await page.getByLabel('Sell shares').check();
    await page.getByLabel('YES', { exact: true }).check();
    await page.getByLabel('Number of shares to sell').fill('5');
    await page.getByTestId('trade-quote').getByText('5.00 YES shares').waitFor();
    await page.getByRole('button', { name: 'Sell shares' }).click();
    await successBanner(page)
      .getByText(/You sold 5\.00 YES shares for [\d.]+ Peas/)
      .waitFor();

    const portfolio = await portfolioOf(mo);
    const held = portfolio.positions.find((p) => p.ideaId === market.ideaId && p.outcome === 'YES');
    expect(held?.shares).toBe((Number(quote.shares) - 5).toFixed(2));
    await page
      .getByTestId('market-position')
      .getByText(held?.shares ?? '', { exact: true })
      .waitFor();
    await waitForChance(page, chance((await marketOf(market)).priceYes));
    await eventually(async () => expect(await headerBalance(page)).toBe(peas(portfolio.balance)));
    await screenshot(page, 'market-after-sell');
  });

  it('shows the portfolio and every change to the wallet with the amounts the API holds', async () => {
    const title = 'Share pool cars between teams';
    const market = await spec.given.openMarket(spec.instance, { title });
    const other = await spec.given.openMarket(spec.instance, { title: 'Switch off screens at night' });
    const pat = await spec.given.member(spec.instance, { displayName: 'Pat Portfolio' });
    await spec.app.api.ok(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'YES', spend: '25.00', idempotencyKey: 'pat-1' } },
      { token: pat.token },
    );
    await spec.app.api.ok(
      BUY,
      { input: { ideaId: other.ideaId, outcome: 'NO', shares: '12.00', idempotencyKey: 'pat-2' } },
      { token: pat.token },
    );

    const page = await spec.signedIn(pat);
    const fresh = await spec.browser.newPage();
    await fresh.goto(spec.at('/portfolio'));
    await heading(fresh, 'Sign in');

    await page.locator('.govuk-service-navigation').getByRole('link', { name: 'Portfolio' }).click();
    await heading(page, 'Your portfolio');
    const api = await portfolioOf(pat);
    await eventually(async () => expect(await page.getByTestId('net-worth').innerText()).toBe(peas(api.netWorth)));
    await eventually(async () => expect(await page.locator('.govuk-summary-list').innerText()).toContain(peas(api.balance)));
    const table = page.getByRole('table', { name: 'Your shares' });
    await table.getByRole('link', { name: title }).waitFor();
    for (const position of api.positions) {
      const row = table.locator('tbody tr').filter({ hasText: position.outcome }).filter({ hasText: position.shares });
      await eventually(async () => expect(await row.innerText()).toContain(peas(position.value)));
    }
    await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(2));
    await eventually(async () => expect(await page.title()).toBe(`Your portfolio – ${spec.instance.tenant.name} – Idea Exchange`));
    await screenshot(page, 'market-portfolio');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'See every change to your wallet' }).click();
    await heading(page, 'Your wallet');
    const history = (await spec.app.api.ok<{ walletHistory: ApiWalletEntry[] }>(WALLET_HISTORY, { first: 50 }, { token: pat.token }))
      .walletHistory;
    const rows = page.getByRole('table', { name: 'Changes to your wallet' }).locator('tbody tr');
    await rows.first().waitFor();
    await eventually(async () => expect(await rows.count()).toBe(history.length));
    for (const [index, entry] of history.entries()) {
      const cells = await rows.nth(index).locator('td').allInnerTexts();
      expect(cells.slice(1).map((cell) => cell.replace(/\s+(in|out)$/, ''))).toEqual([
        entry.reason,
        entry.ideaId === market.ideaId ? title : entry.ideaId === other.ideaId ? 'Switch off screens at night' : 'None',
        signed(entry.amount),
        peas(entry.balanceAfter),
      ]);
    }
    expect(history.at(-1)).toMatchObject({ amount: '1000.00', balanceAfter: '1000.00' });
    await screenshot(page, 'market-wallet');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'See your portfolio' }).click();
    await heading(page, 'Your portfolio');
  });

  it('loads more of a long wallet history', async () => {
    const market = await spec.given.openMarket(spec.instance);
    const lee = await spec.given.member(spec.instance, { displayName: 'Lee Long' });
    for (let i = 0; i < 24; i++)
      await spec.app.api.ok(
        BUY,
        { input: { ideaId: market.ideaId, outcome: 'NO', spend: '1.00', idempotencyKey: `lee-${i}` } },
        { token: lee.token },
      );

    const page = await spec.signedIn(lee);
    await page.goto(spec.at('/wallet'));
    await heading(page, 'Your wallet');
    const rows = page.getByRole('table', { name: 'Changes to your wallet' }).locator('tbody tr');
    await rows.first().waitFor();
    await eventually(async () => expect(await rows.count()).toBe(20));
    await page.getByRole('button', { name: 'Load more' }).click();
    await rows.nth(24).waitFor();
    await eventually(async () => expect(await rows.count()).toBe(25));
    await eventually(async () => expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0));
    await eventually(async () => expect(await rows.last().innerText()).toContain('Starting grant for joining'));
  });

  it('explains a missing answer, a trade the wallet cannot pay for and a price that moved', async () => {
    const title = 'Recycle the office coffee grounds';
    const market = await spec.given.openMarket(spec.instance, { title });
    const sam = await spec.given.member(spec.instance, { displayName: 'Sam Spender' });
    const whale = await spec.given.member(spec.instance, { displayName: 'Wes Whale' });
    const page = await spec.signedIn(sam);
    await openIdea(page, market, title);

    await page.getByRole('button', { name: 'Buy shares' }).click();
    const missing = [
      { message: 'Choose YES or NO', href: '#trade-outcome' },
      { message: 'Enter an amount to spend', href: '#trade-amount' },
    ];
    await eventually(async () => expect(await errorSummaryOf(page)).toEqual(missing));
    for (const { message, href } of missing) await eventually(async () => expect(await inlineErrorOf(page, href.slice(1))).toBe(message));
    await eventually(async () => expect(await page.title()).toBe(`Error: ${title} – ${spec.instance.tenant.name} – Idea Exchange`));

    await page.getByLabel('YES', { exact: true }).check();
    await page.getByLabel('Amount to spend, in Peas').fill('5000');
    // Refused as it is typed, and again, in the same words, when sent anyway.
    const overBalance = 'You can spend up to 1,000.00 Peas: that is what your wallet holds';
    await eventually(async () => expect(await inlineErrorOf(page, 'trade-amount')).toBe(overBalance));
    await page.getByRole('button', { name: 'Buy shares' }).click();
    await page.locator('.govuk-error-summary').getByText('You can spend up to').waitFor();
    await eventually(async () => expect(await errorSummaryOf(page)).toEqual([{ message: overBalance, href: '#trade-amount' }]));
    await screenshot(page, 'market-insufficient-funds');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);

    // While Sam's trade is on its way, a big trade moves the price past Sam's 2%.
    await page.getByLabel('By the number of shares').check();
    await page.getByLabel('Number of shares', { exact: true }).fill('20');
    await page.getByTestId('trade-quote').getByText('20.00 YES shares').waitFor();
    const keys: string[] = [];
    let moved = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } };
      if (body.operationName === 'BuyShares') {
        keys.push(body.variables?.input?.idempotencyKey ?? '');
        if (!moved) {
          moved = true;
          await spec.app.api.ok(
            BUY,
            { input: { ideaId: market.ideaId, outcome: 'YES', spend: '100.00', idempotencyKey: 'whale-1' } },
            { token: whale.token },
          );
        }
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Buy shares' }).click();
    await page.locator('.govuk-error-summary').getByText('The price moved').waitFor();
    await eventually(async () =>
      expect(await errorSummaryOf(page)).toEqual([
        {
          message:
            'The price moved by more than the 2% you allowed before your trade went through, so nothing was traded. Get a new quote and try again.',
          href: null,
        },
      ]),
    );
    expect((await portfolioOf(sam)).positions).toEqual([]);
    await screenshot(page, 'market-slippage');
    await sectionShot(page, 'market-slippage');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);

    // A new quote at the new price, and the same submission goes through, under the same key.
    await page.getByRole('button', { name: 'Get a new quote' }).click();
    await eventually(async () => expect(await page.locator('.govuk-error-summary').count()).toBe(0));
    const requote = (
      await spec.app.api.ok<{ quote: { cost: string } }>(
        QUOTE,
        { input: { ideaId: market.ideaId, outcome: 'YES', shares: '20.00' } },
        { token: sam.token },
      )
    ).quote;
    await page.getByTestId('trade-quote').getByText(peas(requote.cost)).waitFor();
    await page.getByRole('button', { name: 'Buy shares' }).click();
    await successBanner(page)
      .getByText(`You bought 20.00 YES shares for ${peas(requote.cost)}`)
      .waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('follows other members’ trades live, without reloading', async () => {
    const title = 'Close the car park at weekends';
    const market = await spec.given.openMarket(spec.instance, { title });
    const viewer = await spec.given.member(spec.instance, { displayName: 'Vi Viewer' });
    const trader = await spec.given.member(spec.instance, { displayName: 'Tom Trader' });
    const page = await spec.signedIn(viewer);
    await openIdea(page, market, title);
    await eventually(async () => expect(await chanceShown(page)).toBe('50%'));
    // The trade must come after the page's subscription is in place, or only polling would tell of it.
    await untilSubscribed(spec.app, marketTopic(spec.instance.tenant.id, market.ideaId));

    await spec.app.api.ok(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'NO', spend: '30.00', idempotencyKey: 'tom-1' } },
      { token: trader.token },
    );
    const moved = await marketOf(market);
    // Well inside the 15 seconds of the polling fallback: this is the subscription.
    await waitForChance(page, chance(moved.priceYes));
    await waitForPrices(page, 2);
  });

  it('shows a board member the market but no trade form', async () => {
    const title = 'Hold stand-ups on foot';
    const market = await spec.given.openMarket(spec.instance, { title });
    const board = await spec.given.member(spec.instance, { role: 'BOARD', displayName: 'Bo Board' });
    const page = await spec.signedIn(board);
    await openIdea(page, market, title);
    await section(page).getByText('Board members decide whether ideas are implemented').waitFor();
    expect(await section(page).getByRole('button', { name: 'Buy shares' }).count()).toBe(0);
    expect(await section(page).locator('form').count()).toBe(0);
    await screenshot(page, 'market-board-member');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);
  });

  it('shows which outcome a settled market paid, and no trade form', async () => {
    const title = 'Move the post room downstairs';
    const market = await spec.given.openMarket(spec.instance, { title });
    const kit = await spec.given.member(spec.instance, { displayName: 'Kit Keeper' });
    await spec.app.api.ok(
      BUY,
      { input: { ideaId: market.ideaId, outcome: 'YES', spend: '10.00', idempotencyKey: 'kit-1' } },
      { token: kit.token },
    );
    await spec.given.settle(spec.instance, market.ideaId, 'YES');

    const page = await spec.signedIn(kit);
    await page.goto(spec.at(`/ideas/${market.ideaId}`));
    await heading(page, title);
    await section(page).getByText('Settled', { exact: true }).waitFor();
    await eventually(async () => expect(await section(page).innerText()).toMatch(/each YES share paid 1\.00 Peas, NO shares paid nothing/));
    expect(await section(page).locator('form').count()).toBe(0);
    await screenshot(page, 'market-settled');
    await sectionShot(page, 'market-settled');
    expect(await accessibilityViolations(page, '[data-testid="market-section"]')).toEqual([]);
  });
});
