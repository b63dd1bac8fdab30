import { Database } from '../database/database.service';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { startTestApp, type TestApp } from '../testing/test-app';

const REPORT = `mutation($input: ReportInput!) { report(input: $input) { id kind targetId reason createdAt reporter { id } } }`;
const QUEUE = `{ moderationQueue { id kind targetId reason reporter { id } idea { id title hidden } comment { id body hidden } } }`;
const HIDE = `mutation($kind: ContentKind!, $id: ID!, $reason: String!) { hideContent(kind: $kind, targetId: $id, reason: $reason) }`;
const RESTORE = `mutation($kind: ContentKind!, $id: ID!, $reason: String!) { restoreContent(kind: $kind, targetId: $id, reason: $reason) }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id hidden commentCount comments { id body hidden } } }`;
const LIST = `{ ideas(first: 100) { totalCount edges { node { id hidden } } } }`;

interface QueuedReport {
  id: string;
  kind: string;
  targetId: string;
  reason: string;
  reporter: { id: string };
  idea: { id: string; title: string; hidden: boolean } | null;
  comment: { id: string; body: string; hidden: boolean } | null;
}

describe('moderation', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let reporter: GivenMember;
  let moderator: GivenMember;

  beforeAll(async () => {
    app = await startTestApp();
    given = new Given(app);
    instance = await given.tenant({ public: true });
    author = await given.member(instance);
    reporter = await given.member(instance);
    moderator = await given.member(instance, { role: 'MODERATOR' });
  });
  afterAll(() => app.close());

  const queue = (member: GivenMember) =>
    app.api.ok<{ moderationQueue: QueuedReport[] }>(QUEUE, {}, { token: member.token }).then((d) => d.moderationQueue);
  const auditOf = (targetId: string) =>
    app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.query<{ actor_id: string; action: string; kind: string; reason: string }>(
          'SELECT actor_id, action, kind, reason FROM audit_log WHERE target_id = $1 ORDER BY at',
          [targetId],
        ),
      );

  it('lets any member report an idea or a comment, once while open, into the moderators queue', async () => {
    const idea = await given.idea(instance, author, { title: 'Something rude here' });
    const comment = await given.comment(author, idea, { body: 'A rude comment' });
    const first = await app.api.ok<{ report: { id: string } }>(
      REPORT,
      { input: { kind: 'IDEA', targetId: idea.id, reason: 'Offensive' } },
      { token: reporter.token },
    );
    const again = await app.api.ok<{ report: { id: string } }>(
      REPORT,
      { input: { kind: 'IDEA', targetId: idea.id, reason: 'Still offensive' } },
      { token: reporter.token },
    );
    expect(again.report.id).toBe(first.report.id);
    await app.api.ok(REPORT, { input: { kind: 'COMMENT', targetId: comment.id, reason: 'Rude' } }, { token: reporter.token });

    const open = (await queue(moderator)).filter((r) => r.idea?.id === idea.id);
    expect(open).toEqual([
      expect.objectContaining({ kind: 'IDEA', targetId: idea.id, reason: 'Offensive', reporter: { id: reporter.id }, comment: null }),
      expect.objectContaining({
        kind: 'COMMENT',
        targetId: comment.id,
        reason: 'Rude',
        comment: expect.objectContaining({ body: 'A rude comment' }),
      }),
    ]);
  });

  it('refuses reports of unknown things and without a reason', async () => {
    const idea = await given.idea(instance, author);
    expect(await app.api.code(REPORT, { input: { kind: 'COMMENT', targetId: idea.id, reason: 'x' } }, { token: reporter.token })).toBe(
      'NOT_FOUND',
    );
    expect(await app.api.code(REPORT, { input: { kind: 'IDEA', targetId: idea.id, reason: '  ' } }, { token: reporter.token })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await app.api.code(REPORT, { input: { kind: 'IDEA', targetId: idea.id, reason: 'x' } }, { tenant: instance.slug })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps the queue and the hide and restore actions to moderators and admins', async () => {
    const idea = await given.idea(instance, author);
    for (const member of [reporter, await given.member(instance, { role: 'BOARD' })]) {
      expect(await app.api.code(QUEUE, {}, { token: member.token })).toBe('FORBIDDEN');
      expect(await app.api.code(HIDE, { kind: 'IDEA', id: idea.id, reason: 'No' }, { token: member.token })).toBe('FORBIDDEN');
    }
    expect(await app.api.ok(QUEUE, {}, { token: instance.admin.token })).toBeDefined();
    expect(await app.api.code(HIDE, { kind: 'IDEA', id: idea.id, reason: ' ' }, { token: moderator.token })).toBe('BAD_USER_INPUT');
  });

  it('hides an idea from everyone but moderators and admins, closes its reports and logs it', async () => {
    const idea = await given.idea(instance, author);
    await app.api.ok(REPORT, { input: { kind: 'IDEA', targetId: idea.id, reason: 'Spam' } }, { token: reporter.token });
    expect(await app.api.ok(HIDE, { kind: 'IDEA', id: idea.id, reason: 'Advertising' }, { token: moderator.token })).toEqual({
      hideContent: true,
    });

    for (const caller of [{ token: reporter.token }, { token: author.token }, { tenant: instance.slug }]) {
      expect((await app.api.ok<{ idea: unknown }>(IDEA, { id: idea.id }, caller)).idea).toBeNull();
      const listed = await app.api.ok<{ ideas: { edges: Array<{ node: { id: string } }> } }>(LIST, {}, caller);
      expect(listed.ideas.edges.map((e) => e.node.id)).not.toContain(idea.id);
    }
    for (const member of [moderator, instance.admin]) {
      expect((await app.api.ok<{ idea: { hidden: boolean } }>(IDEA, { id: idea.id }, { token: member.token })).idea.hidden).toBe(true);
      const listed = await app.api.ok<{ ideas: { edges: Array<{ node: { id: string; hidden: boolean } }> } }>(
        LIST,
        {},
        { token: member.token },
      );
      expect(listed.ideas.edges.find((e) => e.node.id === idea.id)?.node.hidden).toBe(true);
    }
    expect((await queue(moderator)).map((r) => r.targetId)).not.toContain(idea.id);
    expect(await app.api.code(`mutation($id: ID!) { supportIdea(ideaId: $id) { id } }`, { id: idea.id }, { token: reporter.token })).toBe(
      'NOT_FOUND',
    );

    await app.api.ok(RESTORE, { kind: 'IDEA', id: idea.id, reason: 'On appeal, it is fine' }, { token: instance.admin.token });
    expect((await app.api.ok<{ idea: { hidden: boolean } }>(IDEA, { id: idea.id }, { token: reporter.token })).idea.hidden).toBe(false);
    expect(await auditOf(idea.id)).toEqual([
      { actor_id: moderator.id, action: 'HIDE', kind: 'IDEA', reason: 'Advertising' },
      { actor_id: instance.admin.id, action: 'RESTORE', kind: 'IDEA', reason: 'On appeal, it is fine' },
    ]);
  });

  it('hides a comment, and replies to it, from members but not from moderators', async () => {
    const idea = await given.idea(instance, author);
    const rude = await given.comment(reporter, idea, { body: 'Rude words' });
    await given.comment(author, idea, { body: 'A reply to rude words', parentId: rude.id });
    await given.comment(author, idea, { body: 'A fine comment' });
    await app.api.ok(HIDE, { kind: 'COMMENT', id: rude.id, reason: 'Abusive' }, { token: moderator.token });

    const asMember = await app.api.ok<{ idea: { commentCount: number; comments: Array<{ body: string }> } }>(
      IDEA,
      { id: idea.id },
      { token: author.token },
    );
    expect(asMember.idea.comments.map((c) => c.body)).toEqual(['A fine comment']);
    expect(asMember.idea.commentCount).toBe(1);
    const asModerator = await app.api.ok<{ idea: { commentCount: number; comments: Array<{ body: string; hidden: boolean }> } }>(
      IDEA,
      { id: idea.id },
      { token: moderator.token },
    );
    expect(asModerator.idea.comments.map((c) => [c.body, c.hidden])).toEqual([
      ['Rude words', true],
      ['A reply to rude words', false],
      ['A fine comment', false],
    ]);
    expect(
      await app.api.code(
        `mutation($id: ID!) { editComment(commentId: $id, body: "Sorry") { id } }`,
        { id: rude.id },
        { token: reporter.token },
      ),
    ).toBe('NOT_FOUND');
    expect(await auditOf(rude.id)).toEqual([{ actor_id: moderator.id, action: 'HIDE', kind: 'COMMENT', reason: 'Abusive' }]);
  });

  it('keeps content shown when restored without being hidden, dismissing its reports', async () => {
    const idea = await given.idea(instance, author);
    await app.api.ok(REPORT, { input: { kind: 'IDEA', targetId: idea.id, reason: 'I disagree' } }, { token: reporter.token });
    await app.api.ok(RESTORE, { kind: 'IDEA', id: idea.id, reason: 'Disagreement is not abuse' }, { token: moderator.token });
    expect((await queue(moderator)).map((r) => r.targetId)).not.toContain(idea.id);
    expect((await app.api.ok<{ idea: { hidden: boolean } }>(IDEA, { id: idea.id }, { token: reporter.token })).idea.hidden).toBe(false);
  });

  it('keeps the audit log append-only', async () => {
    const idea = await given.idea(instance, author);
    await app.api.ok(HIDE, { kind: 'IDEA', id: idea.id, reason: 'Test' }, { token: moderator.token });
    const tamper = app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) => tx.query(`DELETE FROM audit_log WHERE target_id = $1`, [idea.id]));
    await expect(tamper).rejects.toThrow(/append-only/);
  });
});
