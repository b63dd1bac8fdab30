import { Database } from '../../database/database.service';
import { startWithInstance } from '../../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../../testing/given';
import { runClockAhead } from '../../testing/clock';
import type { TestApp } from '../../testing/test-app';
import { BuzzExpiryJob } from './buzz-expiry.job';

const DAY = 24 * 60 * 60 * 1000;
const IDEA = `query($id: ID!) { idea(id: $id) { stage stageEvents { from to reason actor { id } } } }`;

describe('the buzz window', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 2, buzzWindowDays: 30 } }));
    author = await given.member(instance);
  });
  afterAll(() => app.close());

  const read = (id: string) => app.api.ok<{ idea: { stage: string; stageEvents: unknown[] } }>(IDEA, { id }, { token: author.token });

  it('archives ideas that did not reach the threshold within the window, and nothing else', async () => {
    const job = app.app.get(BuzzExpiryJob);
    const lingering = await given.idea(instance, author);
    const popular = await given.idea(instance, author);
    await given.supporters(instance, popular, 2);

    expect(await job.archiveExpiredIn(instance.tenant.id, 30, new Date(Date.now() + 29 * DAY))).toBe(0);
    expect(await job.archiveExpiredIn(instance.tenant.id, 30, new Date(Date.now() + 31 * DAY))).toBe(1);

    expect((await read(lingering.id)).idea).toEqual({
      stage: 'ARCHIVED',
      stageEvents: [
        { from: null, to: 'BUZZ', reason: 'Submitted', actor: { id: author.id } },
        { from: 'BUZZ', to: 'ARCHIVED', reason: 'Did not reach the buzz threshold within 30 days', actor: null },
      ],
    });
    expect((await read(popular.id)).idea.stage).toBe('TEAMING');
    expect(await job.archiveExpiredIn(instance.tenant.id, 30, new Date(Date.now() + 31 * DAY))).toBe(0);
  });

  it("runs over every instance with each instance's own window", async () => {
    const shortWindow = await given.tenant({ settings: { buzzWindowDays: 1 } });
    const shortAuthor = await given.member(shortWindow);
    const quick = await given.idea(shortWindow, shortAuthor);
    const slow = await given.idea(instance, author);
    await app.app.get(BuzzExpiryJob).archiveExpired(new Date(Date.now() + 2 * DAY));
    const stage = (tenantId: string, id: string) =>
      app.app.get(Database).withTenant(tenantId, (tx) => tx.one<{ stage: string }>('SELECT stage FROM ideas WHERE id = $1', [id]));
    expect(await stage(shortWindow.tenant.id, quick.id)).toEqual({ stage: 'ARCHIVED' });
    expect(await stage(instance.tenant.id, slow.id)).toEqual({ stage: 'BUZZ' });
  });

  it('does not let late buzz move an idea whose window has passed', async () => {
    const expired = await given.tenant({ settings: { buzzThreshold: 1, buzzWindowDays: 1 } });
    const expiredAuthor = await given.member(expired);
    const idea = await given.idea(expired, expiredAuthor);
    const restoreClock = runClockAhead(app, 2 * DAY);
    try {
      await given.supporters(expired, idea, 1);
    } finally {
      restoreClock();
    }
    const stage = await app.app
      .get(Database)
      .withTenant(expired.tenant.id, (tx) => tx.one<{ stage: string }>('SELECT stage FROM ideas WHERE id = $1', [idea.id]));
    expect(stage).toEqual({ stage: 'BUZZ' });
  });
});
