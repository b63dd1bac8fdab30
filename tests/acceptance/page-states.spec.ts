import type { Page } from 'playwright-core';
import type { GivenMember } from '../../apps/api/src/testing/given';
import { eventually } from '../../apps/api/src/testing/until';
import { BrowserSpec } from '../support/browser-spec';
import { accessibilityViolations, heading } from '../support/web-browser';

/**
 * The rungs every page goes through before its content (sign in to see, loading, refused), drawn by
 * one component: what a visitor who may not see a page reads, at a desktop's width and a phone's.
 */
describe('pages a visitor may not see, through the web app', () => {
  // Internal, as instances are unless made public: nothing shows before signing in.
  const spec = BrowserSpec.start();
  let member: GivenMember;
  let ideaId: string;
  let challengeId: string;

  beforeAll(async () => {
    member = await spec.given.member(spec.instance, { displayName: 'Pat Member' });
    ideaId = (await spec.given.idea(spec.instance, member, { title: 'Quieter open-plan floors' })).id;
    challengeId = (await spec.given.challenge(spec.instance, { title: 'Cut paper use' })).id;
  });

  /** The page's own heading, words and title, and nothing axe-core finds wrong. */
  async function expectPage(page: Page, { title, says }: { title: string; says: string }): Promise<void> {
    await heading(page, title);
    await page.locator('main').getByText(says).waitFor();
    await eventually(async () => expect(await page.title()).toBe(`${title} – ${spec.instance.tenant.name} – Idea Exchange`));
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it.each([1280, 390])('asks a visitor to sign in to see an idea, a challenge or the board, at %i px', async (width) => {
    const page = await spec.browser.newPage({ viewport: { width, height: 844 } });
    const pages = [
      { path: `/ideas/${ideaId}`, title: 'Idea', says: 'This organisation shares its ideas with its members only.' },
      { path: `/challenges/${challengeId}`, title: 'Challenge', says: 'This organisation shares its challenges with its members only.' },
      { path: '/board', title: 'Investment board', says: 'to see the board’s queue.' },
    ];
    for (const { path, title, says } of pages) {
      await page.goto(spec.at(path));
      await expectPage(page, { title, says });
      const signIn = page.locator('main').getByRole('link', { name: 'Sign in', exact: true });
      expect(await signIn.getAttribute('href')).toBe(`/${spec.instance.slug}/sign-in`);
    }
  });

  it.each([1280, 390])(
    'turns a plain member away from the admin pages, the moderation queue and creating a challenge, at %i px',
    async (width) => {
      const page = await spec.signedIn(member, { viewport: { width, height: 844 } });
      await page.goto(spec.at('/admin'));
      await expectPage(page, { title: 'You need to be an admin', says: 'Only the organisation’s admins can use this page.' });
      await page.goto(spec.at('/moderation'));
      await expectPage(page, { title: 'Moderation', says: 'Only moderators and admins can see the moderation queue.' });
      await eventually(async () => expect(await page.getByText('Members have reported these ideas and comments.').count()).toBe(0));
      // Creating a challenge is for admins: anyone else is sent to the list of challenges.
      await page.goto(spec.at('/challenges/new'));
      await heading(page, 'Challenges');
      expect(new URL(page.url()).pathname).toBe(`/${spec.instance.slug}/challenges`);
    },
  );
});
