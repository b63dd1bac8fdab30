import { ModerationService } from '../../moderation/moderation.service';
import { startWithInstance } from '../../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../../testing/given';
import type { TestApp } from '../../testing/test-app';

const SIMILAR = `query($title: String!, $description: String, $first: Int) {
  similarIdeas(title: $title, description: $description, first: $first) { score idea { id title } }
}`;

interface Similar {
  similarIdeas: Array<{ score: number; idea: { id: string; title: string } }>;
}

describe('similar ideas while an idea is typed', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;
  let typist: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
    author = await given.member(instance);
    typist = await given.member(instance);
  });
  afterAll(() => app.close());

  const similar = async (title: string, token = typist.token, description?: string) =>
    (await app.api.ok<Similar>(SIMILAR, { title, description }, { token })).similarIdeas;

  it('finds the near-duplicate, scored in (0, 1], and not the unrelated idea', async () => {
    const duplex = await given.idea(instance, author, {
      title: 'Print double-sided by default on every office printer',
      description: 'Set the printers to duplex so we use half the paper.',
    });
    const cycling = await given.idea(instance, author, { title: 'A cycle to work scheme with secure bike storage' });

    const found = await similar('Default double sided printing in offices');

    expect(found.map((match) => match.idea.id)).toContain(duplex.id);
    expect(found.map((match) => match.idea.id)).not.toContain(cycling.id);
    for (const match of found) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
    expect([...found].sort((a, b) => b.score - a.score)).toEqual(found);
  });

  it('scores an idea typed again word for word as 1', async () => {
    const idea = await given.idea(instance, author, { title: 'Replace paper payslips with online payslips' });
    const [best] = await similar('Replace paper payslips with online payslips');
    expect(best).toEqual({ score: 1, idea: { id: idea.id, title: idea.title } });
  });

  it('forgives typos and other word endings in the typed title', async () => {
    const compost = await given.idea(instance, author, { title: 'Compost the canteen food waste for the staff gardens' });
    expect((await similar('Composting canten waste')).map((match) => match.idea.id)).toContain(compost.id);
    expect((await similar('Quarterly budget spreadsheet macros')).map((match) => match.idea.id)).not.toContain(compost.id);
  });

  it('finds an edited idea by its new words only, in the same transaction as the edit', async () => {
    const idea = await given.idea(instance, author, { title: 'Shared umbrellas at the reception desk' });
    await app.api.ok(
      'mutation($id: ID!, $i: EditIdeaInput!) { editIdea(ideaId: $id, input: $i) { id } }',
      {
        id: idea.id,
        i: { title: 'Shared raincoats beside the goods entrance' },
      },
      { token: author.token },
    );
    expect((await similar('Raincoats by the goods entrance')).map((match) => match.idea.id)).toContain(idea.id);
    expect((await similar('Umbrellas at reception')).map((match) => match.idea.id)).not.toContain(idea.id);
  });

  it('finds Welsh ideas by their Welsh words, and by the description typed so far', async () => {
    const welsh = await given.idea(instance, author, {
      title: 'Argraffu ar ddwy ochr y papur',
      description: 'Gosod yr argraffwyr i argraffu ar ddwy ochr bob tro.',
    });
    expect((await similar('Argraffu ddwy ochr')).map((match) => match.idea.id)).toContain(welsh.id);
    const byDescription = await similar('Llai o bapur', typist.token, 'Gosod yr argraffwyr i argraffu ar ddwy ochr');
    expect(byDescription.map((match) => match.idea.id)).toContain(welsh.id);
  });

  it('keeps to the instance, and hides hidden ideas from members but not from moderators', async () => {
    const other = await given.tenant();
    const elsewhere = await given.idea(other, other.admin, { title: 'Switch off monitors at night to save energy' });
    const hidden = await given.idea(instance, author, { title: 'Switch off monitors at night to save energy' });
    await app.app.get(ModerationService).hide(given.actor(instance.admin), 'IDEA', hidden.id, 'Off topic');

    const asMember = (await similar('Switch off monitors at night')).map((match) => match.idea.id);
    expect(asMember).not.toContain(hidden.id);
    expect(asMember).not.toContain(elsewhere.id);
    const asAdmin = (await similar('Switch off monitors at night', instance.admin.token)).map((match) => match.idea.id);
    expect(asAdmin).toContain(hidden.id);
    expect(asAdmin).not.toContain(elsewhere.id);
  });

  it('answers nothing for a title too short to say anything, and refuses a bad page size', async () => {
    await expect(similar('ab')).resolves.toEqual([]);
    await expect(app.api.code(SIMILAR, { title: 'Printing', first: 0 }, { token: typist.token })).resolves.toBe('BAD_USER_INPUT');
    await expect(app.api.code(SIMILAR, { title: 'Printing', first: 21 }, { token: typist.token })).resolves.toBe('BAD_USER_INPUT');
  });
});

const DUPLICATES = `query($first: Int) {
  likelyDuplicates(first: $first) { score source { id } target { id } }
}`;

interface Duplicates {
  likelyDuplicates: Array<{ score: number; source: { id: string }; target: { id: string } }>;
}

describe('the merge queue of likely duplicates', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let author: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
    author = await given.member(instance);
  });
  afterAll(() => app.close());

  const queue = async (token = instance.admin.token) =>
    (await app.api.ok<Duplicates>(DUPLICATES, { first: 20 }, { token })).likelyDuplicates;

  it('pairs a newer near-duplicate with the older idea, once, and leaves unrelated and hidden ideas out', async () => {
    const older = await given.idea(instance, author, { title: 'Print double-sided by default on every office printer' });
    const cycling = await given.idea(instance, author, { title: 'A cycle to work scheme with secure bike storage' });
    const newer = await given.idea(instance, author, { title: 'Print double-sided by default on office printers' });
    const hidden = await given.idea(instance, author, { title: 'Print double-sided by default on every printer' });
    await app.app.get(ModerationService).hide(given.actor(instance.admin), 'IDEA', hidden.id, 'Off topic');

    const pairs = await queue();

    expect(pairs).toContainEqual({ score: expect.any(Number), source: { id: newer.id }, target: { id: older.id } });
    const involving = (id: string) => pairs.filter((pair) => pair.source.id === id || pair.target.id === id);
    expect(involving(newer.id).filter((pair) => pair.target.id === older.id || pair.source.id === older.id)).toHaveLength(1);
    expect(involving(cycling.id)).toEqual([]);
    expect(involving(hidden.id)).toEqual([]);
    for (const pair of pairs) {
      expect(pair.score).toBeGreaterThanOrEqual(0.4);
      expect(pair.score).toBeLessThanOrEqual(1);
    }
    expect([...pairs].sort((a, b) => b.score - a.score)).toEqual(pairs);
  });

  it('is for moderators and admins only, and refuses a bad page size', async () => {
    await expect(app.api.code(DUPLICATES, { first: 20 }, { token: author.token })).resolves.toBe('FORBIDDEN');
    await expect(app.api.code(DUPLICATES, { first: 0 }, { token: instance.admin.token })).resolves.toBe('BAD_USER_INPUT');
  });
});
