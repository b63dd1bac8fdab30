import type { GivenMember } from '../../apps/api/src/testing/given';
import { buyFor } from '../../apps/api/src/testing/market-operations';
import { BrowserSpec } from '../support/browser-spec';
import { eventually } from '../../apps/api/src/testing/until';
import { accessibilityViolations, heading, screenshot, sidewaysOverflow } from '../support/web-browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [DESKTOP, PHONE];

describe('after the board decides: the result, who was paid, and what the board saw', () => {
  const spec = BrowserSpec.start({ currencyName: 'Peas', settings: { minReviews: 1 } });

  const buy = (member: GivenMember, ideaId: string, outcome: 'YES' | 'NO', spend: string) =>
    buyFor(spec.app.api, member, ideaId, outcome, spend);

  it('shows a settled market’s result, the price at the decision, what the viewer and every holder were paid', async () => {
    const { given, instance } = spec;
    const title = 'Switch the depot lights to LED';
    const market = await given.openMarket(instance, { title });
    const winner = await given.member(instance, { displayName: 'Wendy Winner' });
    const loser = await given.member(instance, { displayName: 'Larry Loser' });
    const won = await buy(winner, market.ideaId, 'YES', '30.00');
    const lost = await buy(loser, market.ideaId, 'NO', '10.00');
    await given.settle(instance, market.ideaId, 'YES');

    for (const viewport of VIEWPORTS) {
      const page = await spec.signedIn(winner, { viewport });
      await spec.openIdea(page, market.ideaId, title);
      const panel = page.getByTestId('market-resolution');
      await panel.waitFor();
      await eventually(async () =>
        expect(await panel.getByTestId('market-result').innerText()).toBe('Implemented: YES paid 1.00 Peas a share'),
      );
      await eventually(async () => {
        const text = await panel.innerText();
        expect(text).toMatch(/Chance of YES when the board decided\s+\d+(\.\d)?%/);
        expect(text).toMatch(/Price of a YES share when the board decided\s+0\.\d\d Peas a share/);
      });
      await eventually(async () =>
        expect(await panel.getByTestId('your-payout').innerText()).toMatch(
          new RegExp(`You were paid ${won.shares.replace('.', '\\.')} Peas\\s+You held ${won.shares.replace('.', '\\.')} YES shares`),
        ),
      );
      await eventually(async () => {
        const rows = await panel.getByTestId('market-payouts').locator('tbody tr').allInnerTexts();
        expect(rows.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
          ['Wendy Winner', 'YES', won.shares, `${won.shares} Peas`],
          ['Larry Loser', 'NO', lost.shares, '0.00 Peas'],
        ]);
      });
      await screenshot(page, `settled-market-${viewport.width}`);
      // The market panel fits the screen; its payouts table scrolls inside its own box if it must.
      const box = await page.getByTestId('market-section').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
    }

    const loserPage = await spec.signedIn(loser, { viewport: PHONE });
    await spec.openIdea(loserPage, market.ideaId, title);
    await eventually(async () => expect(await loserPage.getByTestId('your-payout').innerText()).toMatch(/Your shares paid nothing/));
  });

  it('shows cost basis, value and profit of each position, and settled positions with what they paid', async () => {
    const { given, instance } = spec;
    const member = await given.member(instance);
    const open = await given.openMarket(instance, { title: 'Shared printers on every floor' });
    const settled = await given.openMarket(instance, { title: 'Close the second post room' });
    const held = await buy(member, open.ideaId, 'YES', '20.00');
    const bet = await buy(member, settled.ideaId, 'NO', '15.00');
    await given.settle(instance, settled.ideaId, 'NO');

    for (const viewport of VIEWPORTS) {
      const page = await spec.signedIn(member, { viewport });
      await page.goto(spec.at('/portfolio'));
      await heading(page, 'Your portfolio');
      const positions = page.getByTestId('portfolio-positions');
      await positions.locator('tbody tr').first().waitFor();
      await eventually(async () => {
        const header = await positions.locator('thead').innerText();
        expect(header).toMatch(/Paid for them[\s\S]*Value[\s\S]*Profit if sold now/);
      });
      await eventually(async () => {
        const row = await positions.locator('tbody tr', { hasText: 'Shared printers on every floor' }).innerText();
        expect(row).toContain(`${held.cost} Peas`);
      });

      const profit = (Number(bet.shares) - Number(bet.cost)).toFixed(2);
      await eventually(async () => {
        const settledRow = (
          await page.getByTestId('settled-positions').locator('tbody tr', { hasText: 'Close the second post room' }).innerText()
        )
          .split('\t')
          .map((cell) => cell.trim());
        expect(settledRow).toEqual([
          'Close the second post room',
          'NO',
          'Won',
          expect.stringMatching(/\d{1,2} \w+ \d{4}/),
          bet.shares,
          `${bet.cost} Peas`,
          `${bet.shares} Peas`,
          `${profit} Peas`,
        ]);
      });
      await eventually(async () => expect(await page.getByTestId('settled-profit').innerText()).toBe(`${profit} Peas`));
      expect(await sidewaysOverflow(page)).toBe(0);
      await screenshot(page, `portfolio-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });

  it('gives the board the price chart, the crowd, the largest holder and what the team holds', async () => {
    const { given, instance } = spec;
    const author = await given.member(instance, { displayName: 'Aisha Author' });
    const idea = await given.idea(instance, author, { title: 'Solar panels on the car park roof' });
    const market = await given.openMarket(instance, { ideaId: idea.id });
    const authorShares = await buy(author, market.ideaId, 'YES', '25.00');
    await buy(await given.member(instance), market.ideaId, 'NO', '5.00');
    await buy(await given.member(instance), market.ideaId, 'YES', '5.00');
    const boardMember = await given.member(instance, { role: 'BOARD' });

    for (const viewport of VIEWPORTS) {
      const page = await spec.signedIn(boardMember, { viewport });
      await page.goto(spec.at(`/board/${idea.id}`));
      await heading(page, 'Solar panels on the car park roof');
      const signal = page.getByTestId('board-market');
      await signal.getByTestId('price-chart').waitFor();
      await eventually(async () => {
        const text = await signal.innerText();
        expect(text).toMatch(/People who have traded\s+3/);
        expect(text).toMatch(/Held by the largest holder\s+\d+(\.\d)?% of all shares/);
        expect(text).toMatch(/Trades\s+3/);
      });
      await eventually(async () =>
        expect(await signal.getByTestId('team-holdings').innerText()).toBe(`Aisha Author: ${authorShares.shares} YES shares`),
      );
      // Four prices: the opening one and one after each trade.
      await signal.getByText('Show the data').click();
      await eventually(async () => expect(await signal.locator('table tbody tr').count()).toBe(4));
      expect(await sidewaysOverflow(page)).toBe(0);
      await screenshot(page, `board-case-view-${viewport.width}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
