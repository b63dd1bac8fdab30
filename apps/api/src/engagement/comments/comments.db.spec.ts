import { startWithInstance } from '../../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../../testing/given';
import type { TestApp } from '../../testing/test-app';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id ideaId body parentId deleted editedAt hidden author { id } } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { id body editedAt deleted } }`;
const DELETE = `mutation($id: ID!) { deleteComment(commentId: $id) { id body editedAt deleted } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { stage buzzScore commentCount comments { id body parentId deleted author { id } } } }`;

interface PostedComment {
  id: string;
  body: string;
  parentId: string | null;
  deleted: boolean;
  editedAt: string | null;
}

describe('discussing ideas', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let colleague: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 3 } }));
    author = await given.member(instance);
    colleague = await given.member(instance);
  });
  afterAll(() => app.close());

  const add = (input: Record<string, unknown>, member: GivenMember) =>
    app.api.request<{ addComment: PostedComment }>(ADD, { input: { body: 'Good thinking.', ...input } }, { token: member.token });
  const read = (ideaId: string, member: GivenMember = author) =>
    app.api.ok<{ idea: { stage: string; buzzScore: number; commentCount: number; comments: PostedComment[] } }>(
      IDEA,
      { id: ideaId },
      { token: member.token },
    );

  it('adds a comment and a reply, shown oldest first with their parent', async () => {
    const idea = await given.idea(instance, author);
    const comment = (await add({ ideaId: idea.id, body: '  Have you costed it?  ' }, colleague)).data?.addComment;
    expect(comment).toMatchObject({ body: 'Have you costed it?', parentId: null, deleted: false, editedAt: null });
    const reply = (await add({ ideaId: idea.id, body: 'Yes, see the case.', parentId: comment?.id }, author)).data?.addComment;
    expect(reply?.parentId).toBe(comment?.id);
    const { idea: seen } = await read(idea.id);
    expect(seen.comments.map((c) => [c.body, c.parentId])).toEqual([
      ['Have you costed it?', null],
      ['Yes, see the case.', comment?.id],
    ]);
    expect(seen.commentCount).toBe(2);
  });

  it('allows one level of replies only', async () => {
    const idea = await given.idea(instance, author);
    const top = await given.comment(colleague, idea);
    const reply = await given.comment(author, idea, { parentId: top.id });
    const refused = await add({ ideaId: idea.id, parentId: reply.id }, colleague);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'parentId' }] });
  });

  it('refuses a reply to a comment on another idea', async () => {
    const first = await given.idea(instance, author);
    const second = await given.idea(instance, author);
    const top = await given.comment(colleague, first);
    expect((await add({ ideaId: second.id, parentId: top.id }, colleague)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an empty body', { body: '   ' }],
    ['a body over 5,000 characters', { body: 'x'.repeat(5001) }],
    ['a malformed idea id', { ideaId: 'nope' }],
  ])('refuses %s', async (_label, input) => {
    const idea = await given.idea(instance, author);
    expect((await add({ ideaId: idea.id, ...input }, colleague)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets only its author edit a comment, recording when', async () => {
    const idea = await given.idea(instance, author);
    const comment = await given.comment(colleague, idea, { body: 'Frist!' });
    expect(await app.api.code(EDIT, { id: comment.id, body: 'Hijacked' }, { token: author.token })).toBe('FORBIDDEN');
    expect(await app.api.code(EDIT, { id: comment.id, body: '  ' }, { token: colleague.token })).toBe('BAD_USER_INPUT');
    const edited = await app.api.ok<{ editComment: PostedComment }>(EDIT, { id: comment.id, body: 'First!' }, { token: colleague.token });
    expect(edited.editComment).toMatchObject({ body: 'First!', deleted: false, editedAt: expect.any(String) });
  });

  it('deletes softly: blanked, marked deleted, replies kept, and no longer editable', async () => {
    const idea = await given.idea(instance, author);
    const top = await given.comment(colleague, idea, { body: 'Something I regret' });
    await given.comment(author, idea, { parentId: top.id, body: 'A reply that stays' });
    expect(await app.api.code(DELETE, { id: top.id }, { token: author.token })).toBe('FORBIDDEN');
    const deleted = await app.api.ok<{ deleteComment: PostedComment }>(DELETE, { id: top.id }, { token: colleague.token });
    expect(deleted.deleteComment).toMatchObject({ body: '', deleted: true, editedAt: expect.any(String) });
    const again = await app.api.ok<{ deleteComment: PostedComment }>(DELETE, { id: top.id }, { token: colleague.token });
    expect(again.deleteComment.deleted).toBe(true);
    expect(await app.api.code(EDIT, { id: top.id, body: 'Back again' }, { token: colleague.token })).toBe('CONFLICT');
    const { idea: seen } = await read(idea.id);
    expect(seen.comments.map((c) => [c.body, c.deleted])).toEqual([
      ['', true],
      ['A reply that stays', false],
    ]);
    expect(seen.commentCount).toBe(1);
  });

  it('counts distinct commenters other than the author towards buzz, and moves the idea at the threshold', async () => {
    const idea = await given.idea(instance, author);
    const [first, second, third] = await given.members(instance, 3);
    await given.comment(author, idea);
    await given.comment(first, idea);
    await given.comment(first, idea);
    await given.comment(second, idea);
    expect((await read(idea.id)).idea).toMatchObject({ buzzScore: 2, stage: 'BUZZ', commentCount: 4 });
    await given.comment(third, idea);
    expect((await read(idea.id)).idea).toMatchObject({ buzzScore: 3, stage: 'TEAMING' });
  });

  it('adds supporters and commenters together, each member counted once per kind', async () => {
    const idea = await given.idea(instance, author);
    const [first] = await given.supporters(instance, idea, 2);
    await given.comment(first, idea);
    expect((await read(idea.id)).idea).toMatchObject({ buzzScore: 3, stage: 'TEAMING' });
  });

  it('shows anonymous readers of a public instance the discussion, and lets them post nothing', async () => {
    const open = await given.tenant({ public: true });
    const citizen = await given.member(open);
    const other = await given.member(open);
    const idea = await given.idea(open, citizen);
    await given.comment(other, idea, { body: 'Seen from outside' });
    const seen = await app.api.ok<{ idea: { comments: PostedComment[] } }>(IDEA, { id: idea.id }, { tenant: open.slug });
    expect(seen.idea.comments.map((c) => c.body)).toEqual(['Seen from outside']);
    expect(await app.api.code(ADD, { input: { ideaId: idea.id, body: 'Anonymous' } }, { tenant: open.slug })).toBe('UNAUTHENTICATED');
  });
});
