import type { Page } from 'playwright-core';
import type { GivenMember, GivenTenant } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, errorSummaryOf, heading, inlineErrorOf, screenshot } from '../support/web-browser';

describe('ideas and buzz through the web app', () => {
  const spec = BrowserSpec.start({ settings: { buzzThreshold: 2 } });
  let ada: GivenMember;
  let bea: GivenMember;
  const at = (path: string, tenant: GivenTenant = spec.instance) => `${spec.app.url}/${tenant.slug}${path}`;

  /** A fresh browser window, the size of a small laptop screen. */
  const newPage = () => spec.browser.newPage();

  /** Signs in through the sign-in page, as a member would. */
  const signedIn = (member: GivenMember, tenant: GivenTenant = spec.instance) => spec.browser.signedIn(at('', tenant), member);

  const navigation = (page: Page) => page.locator('.govuk-service-navigation');
  const successBanner = (page: Page) => page.locator('.govuk-notification-banner--success');

  beforeAll(async () => {
    ada = await spec.given.member(spec.instance, { displayName: 'Ada Author' });
    bea = await spec.given.member(spec.instance, { displayName: 'Bea Backer' });
  });

  it('lets one member post an idea and another find, support and discuss it until it moves to teaming', async () => {
    const adaPage = await signedIn(ada);
    await screenshot(adaPage, 'ideas-home');
    expect(await accessibilityViolations(adaPage)).toEqual([]);

    // Ada posts an idea, forgetting the description at first.
    await navigation(adaPage).getByRole('link', { name: 'Ideas' }).click();
    await heading(adaPage, 'Ideas');
    await adaPage.getByRole('button', { name: 'Post an idea' }).click();
    await heading(adaPage, 'Post an idea');
    expect(await accessibilityViolations(adaPage)).toEqual([]);
    await adaPage.getByLabel('Title').fill('Tone');
    await adaPage.getByRole('button', { name: 'Post idea' }).click();
    expect(await errorSummaryOf(adaPage)).toEqual([
      { message: 'Title must be between 5 and 140 characters.', href: '#title' },
      { message: 'Enter a description of your idea.', href: '#description' },
    ]);
    expect(await inlineErrorOf(adaPage, 'description')).toBe('Enter a description of your idea.');
    await eventually(async () => expect(await adaPage.title()).toBe(`Error: Post an idea – ${spec.instance.tenant.name} – Idea Exchange`));
    await screenshot(adaPage, 'ideas-submit-errors');
    expect(await accessibilityViolations(adaPage)).toEqual([]);

    await adaPage.getByLabel('Title').fill('Reuse the toner cartridges');
    await adaPage
      .getByLabel('Describe your idea')
      .fill('We throw away **hundreds** of cartridges a year.\n\n- refill them\n- send the rest back\n\n<script>alert(1)</script>');
    await adaPage.getByLabel('Tags (optional)').fill('Printing, waste');
    await adaPage.getByRole('button', { name: 'Post idea' }).click();
    await heading(adaPage, 'Reuse the toner cartridges');
    await successBanner(adaPage).getByText('Your idea has been posted.').waitFor();
    const ideaPath = new URL(adaPage.url()).pathname;
    await eventually(async () => expect(await adaPage.locator('.app-markdown strong').innerText()).toBe('hundreds'));
    expect(await adaPage.locator('.app-markdown script').count()).toBe(0);
    await eventually(async () =>
      expect(await adaPage.locator('main').innerText()).toContain('This is your idea, so you cannot support it.'),
    );
    await adaPage.getByText('Buzz score 0 of the 2 needed to move to teaming.').waitFor();
    await screenshot(adaPage, 'ideas-idea-own');
    expect(await accessibilityViolations(adaPage)).toEqual([]);

    // Bea finds it by searching, supports it and comments on it.
    const beaPage = await signedIn(bea);
    await beaPage.goto(at('/ideas'));
    await heading(beaPage, 'Ideas');
    await beaPage.getByLabel('Search ideas').fill('cartridges');
    await beaPage.getByRole('button', { name: 'Apply' }).click();
    await beaPage.getByRole('heading', { name: '1 idea', exact: true }).waitFor();
    expect(new URL(beaPage.url()).search).toBe('?search=cartridges');
    const result = beaPage.locator('.app-idea-list__item');
    await eventually(async () => expect(await result.innerText()).toMatch(/Buzz\s+Posted by Ada Author on/));
    await eventually(async () => expect(await result.innerText()).toContain('0 supporters · 0 comments'));
    await screenshot(beaPage, 'ideas-list-search');
    expect(await accessibilityViolations(beaPage)).toEqual([]);

    await result.getByRole('link', { name: 'Reuse the toner cartridges' }).click();
    await heading(beaPage, 'Reuse the toner cartridges');
    await beaPage.getByRole('button', { name: 'Support this idea' }).click();
    await successBanner(beaPage).getByText('You now support this idea.').waitFor();
    await beaPage.getByText('Buzz score 1 of the 2 needed to move to teaming.').waitFor();
    await beaPage.getByRole('button', { name: 'Withdraw my support' }).waitFor();

    await beaPage.getByLabel('Your comment').fill('We could ask the supplier to collect them.');
    await beaPage.getByRole('button', { name: 'Post comment' }).click();
    await successBanner(beaPage).getByText('Your comment has been posted.').waitFor();
    await beaPage.getByRole('heading', { name: 'Comments (1)' }).waitFor();
    // Bea's comment is the second distinct participant: the idea reaches the threshold of 2.
    await beaPage.locator('.govuk-tag', { hasText: 'Teaming' }).first().waitFor();
    // The timeline is asked for on its own, again once the stage has moved.
    await beaPage.locator('.app-timeline__item', { hasText: 'Moved to' }).waitFor();
    await eventually(async () =>
      expect(await beaPage.locator('.app-timeline').innerText()).toMatch(/Posted in\s+Buzz[\s\S]*Moved to\s+Teaming/),
    );
    await screenshot(beaPage, 'ideas-idea-teaming');
    expect(await accessibilityViolations(beaPage)).toEqual([]);

    // Ada hears of it, replies, and marks her notifications read.
    await adaPage.reload();
    await heading(adaPage, 'Reuse the toner cartridges');
    // Supported, commented on, and moved to teaming.
    const adaNotifications = navigation(adaPage).getByRole('link', { name: /^Notifications \(\d+\) unread$/ });
    await adaNotifications.waitFor();
    expect(await adaNotifications.getAttribute('href')).toBe(`/${spec.instance.slug}/notifications`);
    await eventually(async () => expect((await adaNotifications.innerText()).split('\n')[0]).toBe('Notifications (3)'));
    await adaPage.getByRole('button', { name: 'Reply to Bea Backer' }).click();
    await adaPage.getByLabel('Your reply to Bea Backer').fill('Good thinking: I will ask them.');
    await adaPage.getByRole('button', { name: 'Post reply' }).click();
    await successBanner(adaPage).getByText('Your reply has been posted.').waitFor();
    const replies = adaPage.getByRole('list', { name: 'Replies to Bea Backer' });
    await eventually(async () => expect(await replies.innerText()).toContain('Good thinking: I will ask them.'));

    await adaNotifications.click();
    await heading(adaPage, 'Notifications');
    const list = adaPage.locator('.app-notification-list');
    await list.waitFor();
    await eventually(async () => expect(await list.locator('.app-notification--unread').count()).toBe(3));
    await screenshot(adaPage, 'ideas-notifications');
    expect(await accessibilityViolations(adaPage)).toEqual([]);
    await adaPage.getByRole('button', { name: 'Mark all as read' }).click();
    await successBanner(adaPage).getByText('3 notifications marked as read.').waitFor();
    await navigation(adaPage).getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await list.getByRole('link', { name: 'Go to “Reuse the toner cartridges”' }).first().click();
    // The idea page's data arrives before the page (and its address) changes.
    await heading(adaPage, 'Reuse the toner cartridges');
    expect(new URL(adaPage.url()).pathname).toBe(ideaPath);

    // Bea hears of the reply.
    await beaPage.goto(at('/notifications'));
    await heading(beaPage, 'Notifications');
    await eventually(async () => expect(await beaPage.locator('.app-notification-list').innerText()).toContain('Ada Author'));

    // Following a notification's link is reading it: the header's unread count drops by one.
    const beaUnread = navigation(beaPage).getByRole('link', { name: /^Notifications \(\d+\) unread$/ });
    const unreadBefore = Number(/\((\d+)\)/.exec(await beaUnread.innerText())?.[1]);
    expect(unreadBefore).toBeGreaterThan(0);
    await beaPage.locator('.app-notification--unread').first().getByRole('link').click();
    await heading(beaPage, 'Reuse the toner cartridges');
    const after = unreadBefore - 1;
    const name = after === 0 ? 'Notifications' : `Notifications (${after}) unread`;
    await navigation(beaPage).getByRole('link', { name, exact: true }).waitFor();
  });

  it('lets the author edit the idea, keeping what it said before, and then withdraw it', async () => {
    const idea = await spec.given.idea(spec.instance, ada, { title: 'Share the pool cars', tags: ['travel'] });
    await spec.given.comment(bea, idea, { body: 'Yes please.' });

    const adaPage = await signedIn(ada);
    await adaPage.goto(at(`/ideas/${idea.id}`));
    await heading(adaPage, 'Share the pool cars');
    await adaPage.getByRole('button', { name: 'Edit your idea' }).click();
    await heading(adaPage, 'Edit your idea');
    expect(await adaPage.getByLabel('Tags (optional)').inputValue()).toBe('travel');
    await adaPage.getByLabel('Title').fill('Share the pool cars across teams');
    await adaPage.getByRole('button', { name: 'Save changes' }).click();
    await heading(adaPage, 'Share the pool cars across teams');
    await successBanner(adaPage).getByText('Your changes have been saved.').waitFor();
    await adaPage.getByRole('heading', { name: 'Edit history' }).waitFor();
    await adaPage.getByText(/^Before the edit on /).click();
    await eventually(async () => expect(await adaPage.locator('#edit-history').innerText()).toContain('Share the pool cars'));

    const beaPage = await signedIn(bea);
    await beaPage.goto(at(`/ideas/${idea.id}`));
    await beaPage.getByRole('button', { name: 'Edit your comment' }).click();
    await beaPage.getByLabel('Edit your comment').fill('Yes please, from March.');
    await beaPage.getByRole('button', { name: 'Save comment' }).click();
    await successBanner(beaPage).getByText('Your comment has been changed.').waitFor();
    await eventually(async () =>
      expect(await beaPage.getByRole('article', { name: 'Comment by Bea Backer' }).innerText()).toMatch(
        /edited[\s\S]*Yes please, from March\./,
      ),
    );

    await adaPage.getByRole('button', { name: 'Withdraw your idea' }).click();
    await adaPage.getByRole('button', { name: 'Yes, withdraw my idea' }).click();
    await successBanner(adaPage).getByText('Your idea has been withdrawn and archived.').waitFor();
    await adaPage.locator('.app-timeline', { hasText: 'Withdrawn by the author' }).waitFor();
    await eventually(async () => expect(await adaPage.locator('.app-timeline').innerText()).toMatch(/Moved to\s+Archived/));
    await eventually(async () => expect(await adaPage.getByRole('button', { name: 'Edit your idea' }).count()).toBe(0));
    await eventually(async () => expect(await adaPage.getByLabel('Your comment').count()).toBe(0));
  });

  it('lets a moderator hide a comment a member reported, and shows it to moderators only, marked hidden', async () => {
    const idea = await spec.given.idea(spec.instance, ada, { title: 'Plant a staff garden' });
    const rude = await spec.given.member(spec.instance, { displayName: 'Rick Rude' });
    await spec.given.comment(rude, idea, { body: 'What a stupid idea.' });
    const moderator = await spec.given.member(spec.instance, { displayName: 'Mo Moderator', role: 'MODERATOR' });

    const beaPage = await signedIn(bea);
    await beaPage.goto(at(`/ideas/${idea.id}`));
    await heading(beaPage, 'Plant a staff garden');
    expect(await navigation(beaPage).getByRole('link', { name: 'Moderation' }).count()).toBe(0);
    await beaPage.getByRole('button', { name: 'Report the comment by Rick Rude' }).click();
    await beaPage.getByRole('button', { name: 'Send report' }).click();
    expect(await errorSummaryOf(beaPage)).toEqual([{ message: 'Enter a reason.', href: expect.stringMatching(/^#report-/) }]);
    await beaPage.getByLabel('Why should a moderator look at this comment?').fill('It is rude.');
    await beaPage.getByRole('button', { name: 'Send report' }).click();
    await successBanner(beaPage).getByText('Thank you. A moderator will look at the comment.').waitFor();

    const moPage = await signedIn(moderator);
    await navigation(moPage).getByRole('link', { name: 'Moderation' }).click();
    await heading(moPage, 'Moderation');
    const card = moPage.locator('.govuk-summary-card', { hasText: 'What a stupid idea.' });
    await card.waitFor();
    await eventually(async () => expect(await card.innerText()).toMatch(/Reason for the report\s+It is rude\./));
    await screenshot(moPage, 'ideas-moderation-queue');
    expect(await accessibilityViolations(moPage)).toEqual([]);
    await card.getByLabel('Reason for your decision').fill('Personal abuse.');
    await card.getByRole('button', { name: 'Hide comment' }).click();
    await successBanner(moPage).getByText('The comment is hidden. Only moderators and admins can see it.').waitFor();
    await moPage.getByText('0 open reports').waitFor();

    await moPage.goto(at(`/ideas/${idea.id}`));
    await heading(moPage, 'Plant a staff garden');
    const hidden = moPage.getByRole('article', { name: 'Comment by Rick Rude' });
    await eventually(async () => expect(await hidden.innerText()).toContain('Hidden'));
    await screenshot(moPage, 'ideas-idea-moderator');
    expect(await accessibilityViolations(moPage)).toEqual([]);

    await beaPage.reload();
    await heading(beaPage, 'Plant a staff garden');
    await beaPage.getByText('No comments yet.').waitFor();
    expect(await beaPage.locator('main').innerText()).not.toContain('What a stupid idea.');
  });

  it('lets an admin create a challenge and members post ideas that answer it', async () => {
    const adminPage = await signedIn(spec.instance.admin);
    await navigation(adminPage).getByRole('link', { name: 'Challenges' }).click();
    await heading(adminPage, 'Challenges');
    await adminPage.getByRole('button', { name: 'Create a challenge' }).click();
    await heading(adminPage, 'Create a challenge');
    await adminPage.getByLabel('Title').fill('Less paper');
    await adminPage.getByLabel('Question').fill('How might we spend less on paper?');
    await adminPage.getByRole('button', { name: 'Create challenge' }).click();
    expect(await errorSummaryOf(adminPage)).toEqual([
      { message: 'Enter the date the challenge opens.', href: '#opens-day' },
      { message: 'Enter the date the challenge closes.', href: '#closes-day' },
    ]);
    await screenshot(adminPage, 'ideas-challenge-errors');
    expect(await accessibilityViolations(adminPage)).toEqual([]);

    const today = new Date();
    const fill = async (id: string, date: Date) => {
      await adminPage.locator(`#${id}-day`).fill(String(date.getDate()));
      await adminPage.locator(`#${id}-month`).fill(String(date.getMonth() + 1));
      await adminPage.locator(`#${id}-year`).fill(String(date.getFullYear()));
    };
    await fill('opens', new Date(today.getTime() - 86_400_000));
    await fill('closes', new Date(today.getTime() + 30 * 86_400_000));
    await adminPage.getByRole('button', { name: 'Create challenge' }).click();
    await heading(adminPage, 'Less paper');
    await eventually(async () => expect(await adminPage.locator('.govuk-summary-list').innerText()).toMatch(/Status\s+Open/));

    const beaPage = await signedIn(bea);
    await beaPage.goto(at('/challenges'));
    await heading(beaPage, 'Challenges');
    await screenshot(beaPage, 'ideas-challenges');
    expect(await accessibilityViolations(beaPage)).toEqual([]);
    await beaPage.getByRole('link', { name: 'Less paper' }).click();
    await heading(beaPage, 'Less paper');
    await beaPage.getByRole('button', { name: 'Post an idea for this challenge' }).click();
    await heading(beaPage, 'Post an idea');
    await eventually(async () => expect(await beaPage.locator('#challenge option:checked').innerText()).toBe('Less paper'));
    await beaPage.getByLabel('Title').fill('Print on both sides');
    await beaPage.getByLabel('Describe your idea').fill('Make double-sided the default on every printer.');
    await beaPage.getByRole('button', { name: 'Post idea' }).click();
    await heading(beaPage, 'Print on both sides');
    await beaPage.getByRole('link', { name: 'Less paper' }).click();
    await heading(beaPage, 'Less paper');
    await beaPage.getByRole('heading', { name: '1 idea answers this challenge' }).waitFor();
    await eventually(async () => expect(await beaPage.locator('.govuk-table').innerText()).toContain('Print on both sides'));
    await screenshot(beaPage, 'ideas-challenge');
    expect(await accessibilityViolations(beaPage)).toEqual([]);
  });

  it('keeps the filters and page in the address, so a list can be shared and the back button works', async () => {
    const tenant = await spec.given.tenant();
    const author = await spec.given.member(tenant, { displayName: 'Pat Prolific' });
    for (let i = 1; i <= 22; i++)
      await spec.given.idea(tenant, author, { title: `Idea number ${i}`, tags: i % 2 === 0 ? ['even'] : ['odd'] });

    const page = await signedIn(author, tenant);
    await page.goto(at('/ideas', tenant));
    await page.getByRole('heading', { name: '22 ideas' }).waitFor();
    await eventually(async () => expect(await page.locator('.app-idea-list__item').count()).toBe(20));
    await page.getByRole('link', { name: 'Next' }).click();
    await page.getByText('Showing 21 to 22 of 22').waitFor();
    await eventually(async () => expect(await page.locator('.app-idea-list__item').count()).toBe(2));
    await page.getByRole('link', { name: 'Previous' }).click();
    await page.getByRole('heading', { name: '22 ideas' }).waitFor();

    await page.getByLabel('Tag', { exact: true }).fill('even');
    await page.getByLabel('Sort by').selectOption('MOST_BUZZ');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('heading', { name: '11 ideas' }).waitFor();
    expect(new URL(page.url()).search).toBe('?tag=even&sort=MOST_BUZZ');

    await page.goBack();
    await page.getByRole('heading', { name: '22 ideas' }).waitFor();
    expect(await page.getByLabel('Tag', { exact: true }).inputValue()).toBe('');

    const shared = await newPage();
    await shared.goto(at('/ideas?stage=BUZZ&tag=odd', tenant));
    await shared.getByText('This organisation shares its ideas with its members only.').waitFor();
  });

  it('shows a public instance’s ideas to anyone, inviting them to sign in to take part', async () => {
    const publicInstance = await spec.given.tenant({ public: true });
    const author = await spec.given.member(publicInstance, { displayName: 'Cy Citizen' });
    const idea = await spec.given.idea(publicInstance, author, { title: 'Longer library hours' });

    const page = await newPage();
    await page.goto(at('', publicInstance));
    await page.getByRole('link', { name: 'Browse the ideas without signing in' }).click();
    await heading(page, 'Ideas');
    await page.getByRole('heading', { name: '1 idea', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Post an idea' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Longer library hours' }).click();
    await heading(page, 'Longer library hours');
    expect(new URL(page.url()).pathname).toBe(`/${publicInstance.slug}/ideas/${idea.id}`);
    await page.getByText('to support this idea.').waitFor();
    await page.getByText('to comment on this idea.').waitFor();
    await screenshot(page, 'ideas-idea-anonymous');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
