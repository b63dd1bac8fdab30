import { Database } from '../database/database.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const SUBMIT = `mutation($input: SubmitIdeaInput!) {
  submitIdea(input: $input) { id title description descriptionHtml tags stage hidden author { id displayName }
    supportCount buzzScore supportedByMe commentCount comments { id } challenge { id }
    stageEvents { from to reason at actor { id } } createdAt }
}`;
const EDIT = `mutation($id: ID!, $input: EditIdeaInput!) {
  editIdea(ideaId: $id, input: $input) { id title description tags edits { previousTitle previousDescription previousTags editedAt } }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawIdea(ideaId: $id) { id stage stageEvents { from to reason } } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id title stage author { displayName } } }`;

interface SubmittedIdea {
  id: string;
  title: string;
  description: string;
  descriptionHtml: string;
  tags: string[];
  stage: string;
  hidden: boolean;
  author: { id: string; displayName: string };
  supportCount: number;
  buzzScore: number;
  supportedByMe: boolean;
  commentCount: number;
  stageEvents: Array<{ from: string | null; to: string; reason: string; actor: { id: string } | null }>;
}

describe('submitting, editing and withdrawing ideas', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let colleague: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
    author = await given.member(instance, { displayName: 'Ada Author' });
    colleague = await given.member(instance);
  });
  afterAll(() => app.close());

  const submit = (input: Record<string, unknown>, token = author.token) =>
    app.api.request<{ submitIdea: SubmittedIdea }>(
      SUBMIT,
      { input: { title: 'Paperless travel claims', description: 'Scan receipts.', ...input } },
      { token },
    );

  it('puts a new idea in BUZZ with its author, normalised tags and a submission event', async () => {
    const result = await submit({ tags: ['  Paper ', 'TRAVEL', 'paper', 'expense   claims'] });
    expect(result.errors).toBeUndefined();
    const idea = result.data?.submitIdea;
    expect(idea).toMatchObject({
      title: 'Paperless travel claims',
      description: 'Scan receipts.',
      tags: ['paper', 'travel', 'expense claims'],
      stage: 'BUZZ',
      hidden: false,
      author: { id: author.id, displayName: 'Ada Author' },
      supportCount: 0,
      buzzScore: 0,
      supportedByMe: false,
      commentCount: 0,
    });
    expect(idea?.stageEvents).toEqual([{ from: null, to: 'BUZZ', reason: 'Submitted', at: expect.any(String), actor: { id: author.id } }]);
  });

  it('keeps the Markdown as written and renders it safely, links marked nofollow', async () => {
    const markdown = '**Bold** move <script>alert("x")</script> [guide](https://www.gov.uk) [bad](javascript:alert(1))';
    const idea = (await submit({ description: markdown })).data?.submitIdea;
    expect(idea?.description).toBe(markdown);
    expect(idea?.descriptionHtml).toContain('<strong>Bold</strong>');
    expect(idea?.descriptionHtml).not.toContain('<script');
    expect(idea?.descriptionHtml).toContain('<a href="https://www.gov.uk" rel="nofollow noopener noreferrer">guide</a>');
    expect(idea?.descriptionHtml).not.toMatch(/href="javascript/i);
  });

  it.each([
    ['a title under 5 characters', { title: 'Tiny' }, 'title'],
    ['a title over 140 characters', { title: 'x'.repeat(141) }, 'title'],
    ['a title of spaces around one letter', { title: '    a    ' }, 'title'],
    ['a description over 20,000 characters', { description: 'x'.repeat(20_001) }, 'description'],
    ['a blank description', { description: '   ' }, 'description'],
    ['11 tags', { tags: Array.from({ length: 11 }, (_, i) => `tag${i}`) }, 'tags'],
    ['a tag over 30 characters', { tags: ['x'.repeat(31)] }, 'tags'],
    ['a blank tag', { tags: ['   '] }, 'tags'],
    ['a malformed challenge id', { challengeId: 'not-an-id' }, 'challengeId'],
  ])('refuses %s, naming the field', async (_label, input, field) => {
    const refused = await submit(input);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('accepts exactly 20,000 characters of description and 10 tags of 30 characters', async () => {
    const result = await submit({ description: 'x'.repeat(20_000), tags: Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(30, 'x')) });
    expect(result.errors).toBeUndefined();
  });

  it('needs a signed-in member to submit', async () => {
    const code = await app.api.code(SUBMIT, { input: { title: 'Anonymous idea', description: 'x' } }, { tenant: instance.slug });
    expect(code).toBe('UNAUTHENTICATED');
  });

  it('lets board members post ideas too', async () => {
    const board = await given.member(instance, { role: 'BOARD' });
    expect((await submit({}, board.token)).errors).toBeUndefined();
  });

  it('lets the author edit in BUZZ and keeps what the idea said before', async () => {
    const idea = await given.idea(instance, author, { title: 'First title', description: 'First words', tags: ['one'] });
    await app.api.ok(EDIT, { id: idea.id, input: { title: 'Second title' } }, { token: author.token });
    const edited = await app.api.ok<{ editIdea: { title: string; description: string; tags: string[]; edits: unknown[] } }>(
      EDIT,
      { id: idea.id, input: { description: 'Second words', tags: ['Two', 'three'] } },
      { token: author.token },
    );
    expect(edited.editIdea).toMatchObject({ title: 'Second title', description: 'Second words', tags: ['two', 'three'] });
    expect(edited.editIdea.edits).toEqual([
      { previousTitle: 'First title', previousDescription: 'First words', previousTags: ['one'], editedAt: expect.any(String) },
      { previousTitle: 'Second title', previousDescription: 'First words', previousTags: ['one'], editedAt: expect.any(String) },
    ]);
  });

  it('refuses an edit by anyone but the author, an empty edit and bad input', async () => {
    const idea = await given.idea(instance, author);
    expect(await app.api.code(EDIT, { id: idea.id, input: { title: 'Not my idea' } }, { token: colleague.token })).toBe('FORBIDDEN');
    expect(await app.api.code(EDIT, { id: idea.id, input: {} }, { token: author.token })).toBe('BAD_USER_INPUT');
    expect(await app.api.code(EDIT, { id: idea.id, input: { title: 'Tiny' } }, { token: author.token })).toBe('BAD_USER_INPUT');
  });

  it('lets the author withdraw an idea to ARCHIVED, with a stage event, and not edit it after', async () => {
    const idea = await given.idea(instance, author);
    expect(await app.api.code(WITHDRAW, { id: idea.id }, { token: colleague.token })).toBe('FORBIDDEN');
    const withdrawn = await app.api.ok<{ withdrawIdea: { stage: string; stageEvents: unknown[] } }>(
      WITHDRAW,
      { id: idea.id },
      { token: author.token },
    );
    expect(withdrawn.withdrawIdea.stage).toBe('ARCHIVED');
    expect(withdrawn.withdrawIdea.stageEvents).toEqual([
      { from: null, to: 'BUZZ', reason: 'Submitted' },
      { from: 'BUZZ', to: 'ARCHIVED', reason: 'Withdrawn by the author' },
    ]);
    expect(await app.api.code(EDIT, { id: idea.id, input: { title: 'Too late now' } }, { token: author.token })).toBe('CONFLICT');
    expect(await app.api.code(WITHDRAW, { id: idea.id }, { token: author.token })).toBe('CONFLICT');
  });

  it('answers an unknown id with null or NOT_FOUND, and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const read = await app.api.ok<{ idea: unknown }>(IDEA, { id: unknown }, { token: colleague.token });
    expect(read.idea).toBeNull();
    expect(await app.api.code(WITHDRAW, { id: unknown }, { token: author.token })).toBe('NOT_FOUND');
    expect(await app.api.code(IDEA, { id: 'nonsense' }, { token: colleague.token })).toBe('BAD_USER_INPUT');
    expect(await app.api.code(WITHDRAW, { id: 'nonsense' }, { token: author.token })).toBe('BAD_USER_INPUT');
  });

  it('lets anyone read ideas of a public instance, but not of an internal one', async () => {
    const open = await given.tenant({ public: true });
    const citizen = await given.member(open);
    const idea = await given.idea(open, citizen, { title: 'Open idea for all' });
    const read = await app.api.ok<{ idea: { title: string; author: { displayName: string } } }>(
      IDEA,
      { id: idea.id },
      { tenant: open.slug },
    );
    expect(read.idea.title).toBe('Open idea for all');
    const internalIdea = await given.idea(instance, author);
    expect(await app.api.code(IDEA, { id: internalIdea.id }, { tenant: instance.slug })).toBe('UNAUTHENTICATED');
  });

  it("never shows one instance's idea to another's members", async () => {
    const other = await given.tenant();
    const stranger = await given.member(other);
    const idea = await given.idea(instance, author);
    expect((await app.api.ok<{ idea: unknown }>(IDEA, { id: idea.id }, { token: stranger.token })).idea).toBeNull();
    expect(await app.api.code(WITHDRAW, { id: idea.id }, { token: stranger.token })).toBe('NOT_FOUND');
  });

  it('refuses support of one own idea in the database itself', async () => {
    const idea = await given.idea(instance, author);
    const attempt = app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.query(`INSERT INTO supports (tenant_id, idea_id, idea_author_id, member_id) VALUES ($1, $2, $3, $3)`, [
          tx.tenantId,
          idea.id,
          author.id,
        ]),
      );
    await expect(attempt).rejects.toThrow(/supports_not_own_idea/);
  });
});
