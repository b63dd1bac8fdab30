import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, screenshot } from '../support/web-browser';

const REQUEST = 'mutation($id: ID!) { requestToJoin(ideaId: $id) { id } }';
const ANSWER = 'mutation($id: ID!) { answerJoinRequest(requestId: $id, accept: true) { status } }';
const INVITE = 'mutation($ideaId: ID!, $memberId: ID!) { inviteToTeam(ideaId: $ideaId, memberId: $memberId) { id } }';
const SAVE_CASE = 'mutation($id: ID!, $input: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $input) { id } }';
const FLOAT = 'mutation($id: ID!) { floatIdea(ideaId: $id) { stage } }';
const PROFILE = 'mutation($input: ProfileInput!) { updateProfile(input: $input) { id } }';
const SECTION = 'Long enough to count as a written section.';

describe('teaming and board rules, people and profiles, through the web app', () => {
  const spec = BrowserSpec.start({ settings: { buzzThreshold: 2, minTeamSize: 2 } });
  let lena: GivenMember;
  let kit: GivenMember;
  let tom: GivenMember;
  let floatedId: string;
  let teamingId: string;

  const signedIn = (member: GivenMember) => spec.signedIn(member);
  const navigation = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

  beforeAll(async () => {
    lena = await spec.given.member(spec.instance, { displayName: 'Lena Lead' });
    kit = await spec.given.member(spec.instance, { displayName: 'Kit Board', role: 'BOARD' });
    tom = await spec.given.member(spec.instance, { displayName: 'Tom Member' });
    await spec.app.api.ok(
      PROFILE,
      { input: { department: 'Finance', skills: ['budgeting', 'procurement'], bio: 'I count things.' } },
      { token: tom.token },
    );

    // Kit, a board member, joins Lena's team; Lena floats the idea.
    const idea = await spec.given.teamingIdea(spec.instance, lena, { title: 'Share the pool cars' });
    floatedId = idea.id;
    const { requestToJoin } = await spec.app.api.ok<{ requestToJoin: { id: string } }>(REQUEST, { id: floatedId }, { token: kit.token });
    await spec.app.api.ok(ANSWER, { id: requestToJoin.id }, { token: lena.token });
    const input = {
      problem: SECTION,
      proposal: SECTION,
      benefits: SECTION,
      risks: SECTION,
      measuresOfSuccess: SECTION,
      estimatedAnnualSaving: '1000.00',
      oneOffCost: '0.00',
      runningCost: '0.00',
    };
    await spec.app.api.ok(SAVE_CASE, { id: floatedId, input }, { token: kit.token });
    await spec.app.api.ok(FLOAT, { id: floatedId }, { token: lena.token });

    // Lena invites Tom to the team of another idea.
    teamingId = (await spec.given.teamingIdea(spec.instance, lena, { title: 'Fix the leaky roof' })).id;
    await spec.app.api.ok(INVITE, { ideaId: teamingId, memberId: tom.id }, { token: lena.token });
  });

  it('explains a conflict of interest to a board member on the team, instead of the scorecard', async () => {
    const page = await signedIn(kit);
    await navigation(page).getByRole('link', { name: 'Board', exact: true }).click();
    await heading(page, 'Investment board');
    await page.getByRole('link', { name: 'Share the pool cars' }).click();
    await heading(page, 'Share the pool cars');
    await page.getByRole('heading', { name: 'You cannot review or decide this idea' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save your review' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Your review' }).count()).toBe(0);
    await screenshot(page, 'board-conflict-of-interest');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows an admin the case and the reviews, but no scorecard or decision: the board decides', async () => {
    const page = await signedIn(spec.instance.admin);
    await page.goto(spec.at(`/board/${floatedId}`));
    await heading(page, 'Share the pool cars');
    await page.getByRole('heading', { name: 'Only board members review and decide' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save your review' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('gives a plain member no Board link, and a clear message at the board’s address', async () => {
    const page = await signedIn(tom);
    // The menu has rendered for this member before its absent link is counted.
    await navigation(page).getByRole('link', { name: 'People' }).waitFor();
    expect(await navigation(page).getByRole('link', { name: 'Board', exact: true }).count()).toBe(0);
    await page.goto(spec.at('/board'));
    await heading(page, 'Investment board');
    await page.getByText('Only board members and admins can see the board’s queue, and only board members review ideas.').waitFor();
    await eventually(async () => expect(await page.title()).toBe(`Investment board – ${spec.instance.tenant.name} – Idea Exchange`));
    await page.goto(spec.at(`/board/${floatedId}`));
    await page.getByText('Only board members and admins can see the board’s queue, and only board members review ideas.').waitFor();
    await screenshot(page, 'board-not-allowed');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('finds colleagues by skill, shows their profile, and lets members edit their own', async () => {
    const page = await signedIn(lena);
    await navigation(page).getByRole('link', { name: 'People' }).click();
    await heading(page, 'People');
    await page.getByLabel('Skill').fill('Procurement');
    await page.getByRole('button', { name: 'Search' }).click();
    const rows = page.getByRole('table', { name: 'Colleagues who match' }).locator('tbody tr');
    await rows.first().waitFor();
    await eventually(async () =>
      expect(await rows.allInnerTexts()).toEqual([expect.stringMatching(/^Tom Member\tFinance\s+budgeting\s+procurement$/)]),
    );
    await screenshot(page, 'people-directory');
    expect(await accessibilityViolations(page)).toEqual([]);

    await rows.getByRole('link', { name: 'Tom Member' }).click();
    await heading(page, 'Tom Member');
    await eventually(async () => {
      const facts = await page.locator('.govuk-summary-list').innerText();
      expect(facts).toMatch(/Department\s+Finance/);
      expect(facts).toContain('I count things.');
    });
    await screenshot(page, 'profile');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Lena's own profile lists her ideas and offers the edit page.
    await page.goto(spec.at(`/people/${lena.id}`));
    await heading(page, 'Lena Lead');
    await eventually(async () => expect(await page.locator('main').innerText()).toMatch(/Fix the leaky roof\s+Forming a team/));
    await page.getByRole('button', { name: 'Edit your profile' }).click();
    await heading(page, 'Edit your profile');
    await page.getByLabel('Your name').fill(' ');
    await page.getByLabel('Skills').fill('fleet management, user research');
    await page.getByRole('button', { name: 'Save your profile' }).click();
    await eventually(async () => expect(await errorSummaryOf(page)).toEqual([{ message: 'Enter your name', href: '#display-name' }]));
    await screenshot(page, 'profile-edit-error');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Your name').fill('Lena Lead');
    await page.getByRole('button', { name: 'Save your profile' }).click();
    await heading(page, 'Lena Lead');
    await page.locator('.govuk-notification-banner--success').getByText('Your profile is saved.').waitFor();
    await eventually(async () => expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/fleet management\s+user research/));
  });

  it('lets an invited member accept a team invitation from their profile', async () => {
    const page = await signedIn(tom);
    await page.goto(spec.at(`/people/${tom.id}`));
    await heading(page, 'Tom Member');
    const invitations = page.getByRole('table', { name: 'Teams that invited you' });
    await eventually(async () => expect(await invitations.locator('tbody tr').innerText()).toMatch(/Fix the leaky roof\s+Lena Lead/));
    await screenshot(page, 'profile-invitations');
    expect(await accessibilityViolations(page)).toEqual([]);
    await invitations.getByRole('button', { name: 'Accept the invitation to Fix the leaky roof' }).click();
    await page.locator('.govuk-notification-banner--success').getByText('You joined the team of “Fix the leaky roof”.').waitFor();
    await page.getByText('You have no invitations waiting for an answer.').waitFor();
    await eventually(async () => expect(await page.locator('main').innerText()).toMatch(/Teams joined\s+Fix the leaky roof/));
  });
});
