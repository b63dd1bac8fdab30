import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { linkIn, MailCatcher } from '../testing/mail-catcher';
import { startTestApp, type TestApp } from '../testing/test-app';
import { NotificationEmails } from './notification-emails.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const PREFERENCES = `{ notificationPreferences { kind inApp email } }`;
const SET = `mutation($kind: NotificationKind!, $inApp: Boolean, $email: NotificationFrequency) {
  setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind inApp email }
}`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) }`;
const INBOX = `{ notifications { kind } }`;
const LANGUAGE = `mutation($language: String) { updateProfile(input: { language: $language }) { language } }`;

describe('notifications by e-mail', () => {
  let mail: MailCatcher;
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    mail = await MailCatcher.start();
    ({ app, given, instance } = await startWithInstance(
      { settings: { buzzThreshold: 2 } },
      { smtpUrl: mail.url, publicUrl: 'https://ideas.example.gov.uk' },
    ));
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const runJob = (at: number, on: TestApp = app) => on.app.get(NotificationEmails).runOnce(new Date(at));
  const preferences = (member: GivenMember) =>
    app.api
      .ok<{ notificationPreferences: Array<{ kind: string; inApp: boolean; email: string }> }>(PREFERENCES, {}, { token: member.token })
      .then((d) => new Map(d.notificationPreferences.map((p) => [p.kind, p])));

  it('defaults to stage changes and decisions at once, the rest weekly, and keeps a member’s own choice', async () => {
    const member = await given.member(instance);
    const defaults = await preferences(member);
    expect(defaults.get('STAGE_CHANGED')).toEqual({ kind: 'STAGE_CHANGED', inApp: true, email: 'IMMEDIATELY' });
    expect(defaults.get('BOARD_DECIDED')).toEqual({ kind: 'BOARD_DECIDED', inApp: true, email: 'IMMEDIATELY' });
    expect(defaults.get('IDEA_COMMENTED')).toEqual({ kind: 'IDEA_COMMENTED', inApp: true, email: 'WEEKLY' });
    expect(await app.api.ok(SET, { kind: 'IDEA_COMMENTED', email: 'DAILY' }, { token: member.token })).toEqual({
      setNotificationPreference: { kind: 'IDEA_COMMENTED', inApp: true, email: 'DAILY' },
    });
    expect((await preferences(member)).get('IDEA_COMMENTED')?.email).toBe('DAILY');
    expect(await app.api.code(SET, { kind: 'NOT_A_KIND', email: 'DAILY' }, { token: member.token })).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(await app.api.code(PREFERENCES, {}, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });

  it('e-mails a stage change at once, with a working unsubscribe link, and sends daily and weekly digests once each', async () => {
    const author = await given.member(instance);
    await app.api.ok(SET, { kind: 'IDEA_SUPPORTED', email: 'DAILY' }, { token: author.token });
    const idea = await given.idea(instance, author, { title: 'Shared printers' });
    const commenter = await given.member(instance, { displayName: 'Cy Commenter' });
    await given.comment(commenter, idea);
    await given.supporters(instance, idea, 2);

    const immediate = await mail.waitFor(author.email, (m) => m.subject.includes('moved to teaming'));
    expect(immediate.subject.startsWith(`${instance.tenant.name}: Your idea "Shared printers" moved to teaming`)).toBe(true);
    expect(immediate.text).toContain(`https://ideas.example.gov.uk/${instance.slug}/ideas/${idea.id}`);
    expect(immediate.headers['list-unsubscribe']).toMatch(/^<https:\/\/ideas\.example\.gov\.uk\/.+\/unsubscribe\?token=/);
    expect(mail.to(author.email)).toHaveLength(1);

    await runJob(Date.now() + DAY_MS);
    const daily = await mail.waitFor(author.email, (m) => m.subject.includes('daily summary'));
    expect(daily.subject).toBe(`${instance.tenant.name}: your daily summary (2)`);
    expect(daily.text.match(/supported your idea/g)).toHaveLength(2);
    expect(daily.html).toContain('<ul><li><a href="https://ideas.example.gov.uk/');
    await runJob(Date.now() + DAY_MS);
    expect(mail.to(author.email).filter((m) => m.subject.includes('daily summary'))).toHaveLength(1);

    await runJob(Date.now() + 8 * DAY_MS);
    const weekly = await mail.waitFor(author.email, (m) => m.subject.includes('weekly summary'));
    expect(weekly.subject).toBe(`${instance.tenant.name}: your weekly summary (1)`);
    expect(weekly.text).toContain('Cy Commenter commented on your idea "Shared printers".');
    await runJob(Date.now() + 8 * DAY_MS);
    expect(mail.to(author.email)).toHaveLength(3);

    // One click from the e-mail, signed out: no more digests of any kind.
    const token = linkIn(weekly, `https://ideas.example.gov.uk/${instance.slug}/unsubscribe?token=`).searchParams.get('token');
    expect(await app.api.ok(UNSUBSCRIBE, { token })).toEqual({ unsubscribe: true });
    expect([...(await preferences(author)).values()].every((p) => p.email === 'NEVER')).toBe(true);
    await given.comment(commenter, idea);
    await runJob(Date.now() + 15 * DAY_MS);
    expect(mail.to(author.email)).toHaveLength(3);
    expect(await app.api.code(UNSUBSCRIBE, { token: `${token}x` })).toBe('BAD_USER_INPUT');
  });

  it('keeps a kind out of the app when the member wants it by e-mail only', async () => {
    const author = await given.member(instance);
    await app.api.ok(SET, { kind: 'IDEA_COMMENTED', inApp: false, email: 'IMMEDIATELY' }, { token: author.token });
    const idea = await given.idea(instance, author, { title: 'Quiet idea' });
    await given.comment(await given.member(instance), idea);
    const message = await mail.waitFor(author.email);
    expect(message.subject).toContain('commented on your idea "Quiet idea"');
    expect(await app.api.ok(INBOX, {}, { token: author.token })).toEqual({ notifications: [] });
  });

  it('writes each member’s e-mails in their own language, else in their instance’s', async () => {
    const author = await given.member(instance);
    expect(await app.api.ok(LANGUAGE, { language: 'cy' }, { token: author.token })).toEqual({ updateProfile: { language: 'cy' } });
    await app.api.ok(SET, { kind: 'IDEA_SUPPORTED', email: 'DAILY' }, { token: author.token });
    const idea = await given.idea(instance, author, { title: 'Argraffwyr a rennir' });
    await given.comment(await given.member(instance), idea);
    await given.supporters(instance, idea, 2);

    const immediate = await mail.waitFor(author.email, (m) => m.subject.includes('wedi symud i’r cam ffurfio tîm'));
    expect(immediate.subject).toBe(
      `${instance.tenant.name}: Mae eich syniad “Argraffwyr a rennir” wedi symud i’r cam ffurfio tîm: Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o 2, a 2 yn ofynnol`,
    );
    expect(immediate.text).toContain('Gweld ar Gyfnewidfa Syniadau');
    expect(immediate.text).toContain('Dim mwy o e-byst fel hyn');
    expect(immediate.text).not.toContain('See it on Idea Exchange');
    await runJob(Date.now() + DAY_MS);
    const daily = await mail.waitFor(author.email, (m) => m.subject.includes('crynodeb dyddiol'));
    expect(daily.subject).toBe(`${instance.tenant.name}: eich crynodeb dyddiol (2)`);
    expect(daily.text.match(/wedi cefnogi eich syniad “Argraffwyr a rennir”/g)).toHaveLength(2);
    expect(daily.text).not.toContain('supported your idea');
    await runJob(Date.now() + 8 * DAY_MS);
    const weekly = await mail.waitFor(author.email, (m) => m.subject.includes('crynodeb wythnosol'));
    expect(weekly.text).toContain('Dim mwy o grynodebau');

    const welsh = await given.tenant({ settings: { defaultLanguage: 'cy' } });
    const [english, unchosen] = await given.members(welsh, 2);
    await app.api.ok(LANGUAGE, { language: 'en' }, { token: english.token });
    for (const member of [english, unchosen]) {
      await app.api.ok(SET, { kind: 'IDEA_COMMENTED', email: 'IMMEDIATELY' }, { token: member.token });
      await given.comment(welsh.admin, await given.idea(welsh, member));
    }
    expect((await mail.waitFor(english.email)).text).toContain('See it on Idea Exchange');
    expect((await mail.waitFor(unchosen.email)).text).toContain('Gweld ar Gyfnewidfa Syniadau');
  });

  it('sends each digest once when two API processes run the job at the same moment', async () => {
    const second = await startTestApp({ smtpUrl: mail.url, publicUrl: 'https://ideas.example.gov.uk' });
    try {
      const authors = await given.members(instance, 6);
      const commenter = await given.member(instance);
      for (const author of authors) {
        const idea = await given.idea(instance, author);
        await given.comment(commenter, idea);
      }
      const at = Date.now() + 8 * DAY_MS;
      await Promise.all([runJob(at), runJob(at, second), runJob(at), runJob(at, second)]);
      for (const author of authors) {
        expect(mail.to(author.email).map((m) => m.subject)).toEqual([`${instance.tenant.name}: your weekly summary (1)`]);
      }
    } finally {
      await second.close();
    }
  });
});
