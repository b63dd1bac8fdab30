import { formatAmount, parseAmount } from '@idea-exchange/money';
import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { audit, BUY } from '../../apps/api/src/testing/market-operations';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, inlineErrorOf, screenshot } from '../support/web-browser';

const TITLE = 'Scan the post on arrival';
const CASE = {
  Problem: 'Paper post sits in trays for days before anyone reads it.',
  Proposal: 'Scan every letter on arrival and route it to the right team inbox.',
  Benefits: 'Faster replies to the public and no lost letters between offices.',
  'Estimated annual saving': '36,000',
  'One-off cost': '8000.50',
  'Running cost': '1200',
  Risks: 'Scanners break; we keep a manual fallback and a support contract.',
  'Measures of success': 'Average time from arrival to first reply falls below two days.',
};

describe('teaming, the business case, floating and the board, through the web app', () => {
  const spec = BrowserSpec.start({ settings: { buzzThreshold: 2 } });
  let lena: GivenMember;
  let jo: GivenMember;
  let kit: GivenMember;
  let tom: GivenMember;
  let bo: GivenMember;
  let bee: GivenMember;

  const signedIn = (member: GivenMember) => spec.signedIn(member, { viewport: { width: 1200, height: 900 } });

  const success = (page: Page, text: string) => page.locator('.govuk-notification-banner--success').getByText(text).waitFor();
  const teamSection = (page: Page) => page.locator('section[aria-labelledby="team-heading"]');

  beforeAll(async () => {
    lena = await spec.given.member(spec.instance, { displayName: 'Lena Lead' });
    jo = await spec.given.member(spec.instance, { displayName: 'Jo Joiner' });
    kit = await spec.given.member(spec.instance, { displayName: 'Kit Keen' });
    tom = await spec.given.member(spec.instance, { displayName: 'Tom Trader' });
    bo = await spec.given.member(spec.instance, { displayName: 'Bo Board', role: 'BOARD' });
    bee = await spec.given.member(spec.instance, { displayName: 'Bee Board', role: 'BOARD' });
  });

  it('takes an idea from posting to an implemented change, with exact payouts', async () => {
    const { tenant } = await spec.app.api.ok<{ tenant: { settings: { investmentReward: string; implementedReward: string } } }>(
      '{ tenant { settings { investmentReward implementedReward } } }',
      {},
      { token: spec.instance.admin.token },
    );
    const investmentReward = parseAmount(tenant.settings.investmentReward);
    const implementedReward = parseAmount(tenant.settings.implementedReward);

    // Lena posts the idea; two colleagues' support lifts it to teaming.
    const lenaPage = await signedIn(lena);
    await lenaPage.goto(spec.at('/ideas/new'));
    await heading(lenaPage, 'Post an idea');
    await lenaPage.getByLabel('Title').fill(TITLE);
    await lenaPage
      .getByLabel('Describe your idea')
      .fill('Letters wait in trays; scanning them on arrival gets them to the right people at once.');
    await lenaPage.getByRole('button', { name: 'Post idea' }).click();
    await heading(lenaPage, TITLE);
    const ideaPath = new URL(lenaPage.url()).pathname;
    const ideaId = ideaPath.split('/').pop() ?? '';
    await spec.given.supporters(spec.instance, { id: ideaId }, 2);

    // Jo and Kit ask to join.
    for (const member of [jo, kit]) {
      const page = await signedIn(member);
      await page.goto(`${spec.app.url}${ideaPath}`);
      await heading(page, TITLE);
      await teamSection(page).getByRole('button', { name: 'Ask to join' }).click();
      await success(page, 'Your request to join has been sent to the lead.');
      if (member === kit) {
        // A pending request says so instead of offering to ask again, and can be taken back.
        await teamSection(page).getByText('You asked to join this team. The lead has not answered yet.').waitFor();
        await eventually(async () => expect(await teamSection(page).getByRole('button', { name: 'Ask to join' }).count()).toBe(0));
        await teamSection(page).getByRole('button', { name: 'Withdraw my request' }).click();
        await success(page, 'You withdrew your request to join.');
        await teamSection(page).getByRole('button', { name: 'Ask to join' }).click();
        await success(page, 'Your request to join has been sent to the lead.');
        await teamSection(page).getByRole('button', { name: 'Withdraw my request' }).waitFor();
      }
    }

    // Lena sees both requests and accepts them; the checklist shows what is still missing.
    await lenaPage.reload();
    await heading(lenaPage, TITLE);
    const lenaTeam = teamSection(lenaPage);
    await lenaTeam.getByRole('table', { name: 'Requests waiting for your answer' }).waitFor();
    await eventually(async () => expect(await lenaTeam.locator('.govuk-task-list').innerText()).toContain('A business case'));
    await screenshot(lenaPage, 'teaming-lead-requests');
    expect(await accessibilityViolations(lenaPage)).toEqual([]);
    await lenaTeam.getByRole('button', { name: 'Accept Jo Joiner' }).click();
    await success(lenaPage, 'Jo Joiner has joined the team.');
    await lenaTeam.getByRole('button', { name: 'Accept Kit Keen' }).click();
    await success(lenaPage, 'Kit Keen has joined the team.');
    await eventually(async () => {
      const members = await lenaTeam.getByRole('table', { name: 'Members of the team' }).locator('tbody tr').allInnerTexts();
      expect(members.map((row) => row.split('\t')[0])).toEqual(['Lena Lead', 'Jo Joiner', 'Kit Keen']);
      expect(members[0]).toContain('Lead');
    });
    await eventually(async () => expect(await lenaTeam.locator('.govuk-task-list').innerText()).not.toContain('more team member'));

    // Jo writes the business case, first with an amount that has too many decimal places.
    const joPage = await signedIn(jo);
    await joPage.goto(`${spec.app.url}${ideaPath}`);
    await teamSection(joPage).getByRole('button', { name: 'Edit the business case' }).click();
    await heading(joPage, 'Business case');
    await joPage.getByText('You have completed 0 of 8 sections.').waitFor();
    for (const [label, value] of Object.entries(CASE)) await joPage.getByLabel(label, { exact: true }).fill(value);
    await joPage.getByLabel('One-off cost', { exact: true }).fill('8000.505');
    await joPage.getByText('You have completed 7 of 8 sections.').waitFor();
    await joPage.getByRole('button', { name: 'Save the business case' }).click();
    await eventually(async () =>
      expect(await errorSummaryOf(joPage)).toEqual([
        { message: 'One-off cost must be an amount in pounds and pence, like 12000.50', href: '#one-off-cost' },
      ]),
    );
    await eventually(async () =>
      expect(await inlineErrorOf(joPage, 'one-off-cost')).toBe('One-off cost must be an amount in pounds and pence, like 12000.50'),
    );
    await eventually(async () => expect(await joPage.title()).toBe(`Error: Business case – ${spec.instance.tenant.name} – Idea Exchange`));
    await screenshot(joPage, 'business-case-error');
    expect(await accessibilityViolations(joPage)).toEqual([]);
    await joPage.getByLabel('One-off cost', { exact: true }).fill(CASE['One-off cost']);
    await joPage.getByRole('button', { name: 'Save the business case' }).click();
    await success(joPage, 'Business case saved as version 1.');
    await joPage.getByText('You have completed 8 of 8 sections.').waitFor();
    await screenshot(joPage, 'business-case-saved');
    expect(await accessibilityViolations(joPage)).toEqual([]);

    // A second version: everyone sees what changed.
    await joPage.getByLabel('Estimated annual saving', { exact: true }).fill('40000');
    await joPage.getByRole('button', { name: 'Save the business case' }).click();
    await success(joPage, 'Business case saved as version 2.');
    await joPage.getByRole('link', { name: 'Back to the idea' }).first().click();
    await heading(joPage, TITLE);
    const caseSection = joPage.locator('section[aria-labelledby="business-case-heading"]');
    await caseSection.getByText('What changed in version 2').click();
    await eventually(async () =>
      expect(
        await caseSection.getByRole('table', { name: 'Sections changed since version 1' }).locator('tbody tr').allInnerTexts(),
      ).toEqual(['Estimated annual saving\t£36,000.00\t£40,000.00']),
    );
    await screenshot(joPage, 'business-case-on-idea-page');

    // Lena floats it, after reading what that means.
    const balancesBeforeFloat = await Promise.all([lena, jo, kit].map((member) => spec.given.walletBalance(member)));
    await lenaPage.reload();
    await heading(lenaPage, TITLE);
    await teamSection(lenaPage).getByText('The team and business case are ready.').waitFor();
    await teamSection(lenaPage).getByRole('button', { name: 'Float this idea' }).click();
    await heading(lenaPage, 'Float this idea');
    await eventually(async () => expect(await lenaPage.locator('main').innerText()).toContain('It goes to the investment board'));
    await screenshot(lenaPage, 'float-confirmation');
    expect(await accessibilityViolations(lenaPage)).toEqual([]);
    await lenaPage.getByRole('button', { name: 'Float this idea' }).click();
    await heading(lenaPage, 'Idea floated');
    const balancesAfterFloat = await Promise.all([lena, jo, kit].map((member) => spec.given.walletBalance(member)));
    balancesAfterFloat.forEach((balance, i) => expect(balance - balancesBeforeFloat[i]).toBe(investmentReward));

    // Tom trades on the market.
    await spec.app.api.ok(BUY, { input: { ideaId, outcome: 'YES', spend: '40.00', idempotencyKey: 'tom-yes' } }, { token: tom.token });
    const { portfolio } = await spec.app.api.ok<{ portfolio: { positions: Array<{ outcome: string; shares: string }> } }>(
      '{ portfolio { positions { outcome shares } } }',
      {},
      { token: tom.token },
    );
    const tomYesShares = parseAmount(portfolio.positions[0].shares);

    // Bo finds it in the board's queue and reviews it.
    const boPage = await signedIn(bo);
    await boPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board', exact: true }).click();
    await heading(boPage, 'Investment board');
    const queueRow = boPage.getByRole('table', { name: 'Ideas waiting for a decision' }).locator('tbody tr');
    await eventually(async () =>
      expect(await queueRow.innerText()).toMatch(
        /Scan the post on arrival\s+3\s+Paper post sits in trays.*\s+£40,000.00\s+\d+%\s+[\d.,]+ Peas\s+0 of 2/,
      ),
    );
    await screenshot(boPage, 'board-queue');
    expect(await accessibilityViolations(boPage)).toEqual([]);
    await queueRow.getByRole('link', { name: TITLE }).click();
    await heading(boPage, TITLE);
    await boPage.getByText('The board can decide once 2 reviews are in.').waitFor();

    const score = async (page: Page, scores: [number, number, number, number], comment: string) => {
      for (const [index, name] of ['Strategic fit', 'Value for money', 'Feasibility', 'Risk'].entries()) {
        await page.getByRole('group', { name }).getByLabel(String(scores[index]), { exact: true }).check();
      }
      await page.getByLabel('Comment', { exact: true }).fill(comment);
      await page.getByRole('button', { name: 'Save your review' }).click();
      await success(page, 'Your review is saved.');
    };
    await boPage.getByRole('button', { name: 'Save your review' }).click();
    await eventually(async () =>
      expect((await errorSummaryOf(boPage)).map((entry) => entry.href)).toEqual([
        '#strategic-fit',
        '#value-for-money',
        '#feasibility',
        '#risk',
        '#comment',
      ]),
    );
    await screenshot(boPage, 'board-scorecard-errors');
    expect(await accessibilityViolations(boPage)).toEqual([]);
    await score(boPage, [4, 4, 3, 3], 'Clear savings; scanners are a known technology.');
    await boPage.getByRole('table', { name: 'Board members’ scorecards' }).getByText('Bo Board').waitFor();

    // Bee reviews too, then decides to implement.
    const beePage = await signedIn(bee);
    await beePage.goto(spec.at(`/board/${ideaId}`));
    await heading(beePage, TITLE);
    await score(beePage, [5, 4, 4, 4], 'Good value and a committed team.');
    await beePage.getByRole('heading', { name: 'Decision', exact: true }).waitFor();
    await screenshot(beePage, 'board-idea-decision-form');
    expect(await accessibilityViolations(beePage)).toEqual([]);
    const balancesBeforeDecision = await Promise.all([lena, jo, kit, tom].map((member) => spec.given.walletBalance(member)));
    await beePage.getByLabel('Implement', { exact: true }).check();
    await beePage.getByLabel('Rationale').fill('A strong case: clear savings, low risk and a team ready to deliver it.');
    await beePage.getByRole('button', { name: 'Record the decision' }).click();
    await success(beePage, 'The decision is recorded and the market has settled.');

    // Everyone sees the decision, the rationale and the reviews on the idea page.
    const tomPage = await signedIn(tom);
    await tomPage.goto(`${spec.app.url}${ideaPath}`);
    await heading(tomPage, TITLE);
    const decision = tomPage.locator('section[aria-labelledby="decision-section-heading"]');
    await eventually(async () => {
      const decisionText = await decision.locator('.govuk-summary-list').innerText();
      expect(decisionText).toMatch(/Decision\s+Implement/);
      expect(decisionText).toContain('A strong case: clear savings, low risk and a team ready to deliver it.');
      expect(decisionText).toMatch(/Decided by\s+Bee Board/);
      expect(decisionText).toMatch(/Market probability at the decision\s+\d+%/);
      // Only Tom traded; the team held nothing, and the record says so for all to see.
      expect(decisionText).toMatch(/Traders in the market at the decision\s+1/);
      expect(decisionText).toContain('The author and the team held no shares.');
    });
    await eventually(async () =>
      expect(await decision.getByRole('table', { name: 'Board members’ scorecards' }).locator('tbody tr').count()).toBe(2),
    );
    await screenshot(tomPage, 'idea-decision');
    expect(await accessibilityViolations(tomPage)).toEqual([]);
    expect(await tomPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board', exact: true }).count()).toBe(0);

    // The ledger balances and every payout is exact.
    const balancesAfterDecision = await Promise.all([lena, jo, kit, tom].map((member) => spec.given.walletBalance(member)));
    [0, 1, 2].forEach((i) =>
      expect(formatAmount(balancesAfterDecision[i] - balancesBeforeDecision[i])).toBe(formatAmount(implementedReward)),
    );
    expect(formatAmount(balancesAfterDecision[3] - balancesBeforeDecision[3])).toBe(formatAmount(tomYesShares));
    const ledger = await audit(spec.app.api, { token: spec.instance.admin.token });
    expect(ledger).toMatchObject({ balanced: true, problems: [] });

    // Lena records a realised saving; the impact page totals it.
    await lenaPage.goto(`${spec.app.url}${ideaPath}`);
    await heading(lenaPage, TITLE);
    const impact = lenaPage.locator('section[aria-labelledby="impact-heading"]');
    await impact.getByLabel('Realised saving').fill('1,500.5');
    await impact.getByLabel('What happened').fill('First quarter: two post rooms closed their trays.');
    await impact.getByRole('button', { name: 'Record the saving' }).click();
    await success(lenaPage, 'The saving is recorded.');
    await impact.getByText('Realised in total: £1,500.50').waitFor();
    await screenshot(lenaPage, 'idea-impact');
    expect(await accessibilityViolations(lenaPage)).toEqual([]);

    await lenaPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Impact' }).click();
    await heading(lenaPage, 'Impact');
    await eventually(async () => {
      const totals = await lenaPage.locator('.govuk-summary-list').innerText();
      expect(totals).toMatch(/Ideas implemented\s+1/);
      expect(totals).toMatch(/Estimated annual savings\s+£40,000.00/);
      expect(totals).toMatch(/Savings realised so far\s+£1,500.50/);
    });
    await eventually(async () =>
      expect(await lenaPage.getByRole('table', { name: 'Implemented ideas' }).locator('tbody tr').innerText()).toContain('£1,500.50'),
    );
    await screenshot(lenaPage, 'impact');
    expect(await accessibilityViolations(lenaPage)).toEqual([]);
  }, 300_000);
});
