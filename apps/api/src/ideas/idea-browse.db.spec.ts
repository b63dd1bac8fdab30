import { MemberStandingCache } from '../members/member-standing.cache';
import { ModerationService } from '../moderation/moderation.service';
import { SupportService } from '../engagement/support/support.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import { runClockAhead } from '../testing/clock';
import { RequestStatements } from '../testing/request-statements';
import type { TestApp } from '../testing/test-app';

const DAY = 24 * 60 * 60 * 1000;

const LIST = `query($first: Int, $after: String, $sort: IdeaSort, $search: String, $tag: String, $stage: IdeaStage, $challengeId: ID) {
  ideas(first: $first, after: $after, sort: $sort, search: $search, tag: $tag, stage: $stage, challengeId: $challengeId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title } }
  }
}`;
const PAGE_WITH_EVERYTHING = `query($first: Int) {
  ideas(first: $first) {
    totalCount
    edges { node { id title tags stage createdAt hidden author { id displayName } supportCount commentCount buzzScore
      supportedByMe challenge { id title } stageEvents { from to actor { displayName } } comments { body author { displayName } } } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string; title: string } }>;
}

describe('browsing ideas', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let authors: GivenMember[];
  let reader: GivenMember;
  const titles: string[] = [];

  beforeAll(async () => {
    // The query-count test asks for every related field of 20 ideas at once, more than the
    // default complexity limit lets a client ask in one request.
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1000 } }, { maxQueryComplexity: 100_000 }));
    authors = await given.members(instance, 4);
    reader = await given.member(instance);
    for (let i = 0; i < 25; i++) {
      const title = `Idea number ${String(i).padStart(2, '0')}`;
      titles.push(title);
      const idea = await given.idea(instance, authors[i % 4], { title, tags: [i % 2 === 0 ? 'even' : 'odd'] });
      await given.comment(authors[(i + 1) % 4], idea, { body: `Comment on ${title}` });
    }
  });
  afterAll(() => app.close());

  const list = (variables: Record<string, unknown>, member: GivenMember = reader) =>
    app.api.ok<{ ideas: Page }>(LIST, variables, { token: member.token }).then((data) => data.ideas);

  it('pages through every idea newest first, with a total and no repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await list({ first: 10, after });
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((edge) => edge.node.title));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...titles].reverse());
  });

  it('defaults to 20 ideas a page and refuses pages outside 1 to 100 or a made-up cursor', async () => {
    expect((await list({})).edges).toHaveLength(20);
    for (const first of [0, 101]) {
      expect(await app.api.code(LIST, { first }, { token: reader.token })).toBe('BAD_USER_INPUT');
    }
    expect(await app.api.code(LIST, { after: 'bm90IGEgY3Vyc29y' }, { token: reader.token })).toBe('BAD_USER_INPUT');
  });

  it('finds ideas by words in the title, the description or the tags, stemmed', async () => {
    const idea = await given.idea(instance, authors[0], {
      title: 'Recycle printer cartridges',
      description: 'Send empty **toner** to the supplier for refilling.',
      tags: ['sustainability'],
    });
    for (const search of ['recycling', 'toner', 'sustainability', 'printer cartridge', '"printer cartridges"']) {
      const page = await list({ search });
      expect(page.edges.map((edge) => edge.node.id)).toEqual([idea.id]);
      expect(page.totalCount).toBe(1);
    }
    expect((await list({ search: 'cartridges -toner' })).totalCount).toBe(0);
    expect((await list({ search: 'zeppelin' })).totalCount).toBe(0);
  });

  it('filters by tag, stage and challenge', async () => {
    expect((await list({ tag: 'EVEN' })).totalCount).toBe(13);
    expect((await list({ tag: 'odd', stage: 'BUZZ' })).totalCount).toBe(12);
    expect((await list({ stage: 'TEAMING' })).totalCount).toBe(0);
    const challenge = await given.challenge(instance);
    const answer = await given.idea(instance, authors[1], { title: 'An answer to the challenge', challengeId: challenge.id });
    const page = await list({ challengeId: challenge.id });
    expect(page.edges.map((edge) => edge.node.id)).toEqual([answer.id]);
    expect(await app.api.code(LIST, { challengeId: 'not-an-id' }, { token: reader.token })).toBe('BAD_USER_INPUT');
  });

  it('totals only what the reader may see, by stage, as ideas are hidden and withdrawn', async () => {
    const counted = await given.tenant({ settings: { buzzThreshold: 1000 } });
    const author = await given.member(counted);
    const member = await given.member(counted);
    const [hidden, withdrawn] = [
      await given.idea(counted, author, { title: 'An idea to hide' }),
      await given.idea(counted, author, { title: 'An idea to withdraw' }),
      await given.idea(counted, author, { title: 'An idea that stays' }),
    ];
    await app.app.get(ModerationService).hide(given.actor(counted.admin), 'IDEA', hidden.id, 'Off topic');
    await app.api.ok('mutation($id: ID!) { withdrawIdea(ideaId: $id) { id } }', { id: withdrawn.id }, { token: author.token });
    const total = async (variables: Record<string, unknown>, who: GivenMember) =>
      (await app.api.ok<{ ideas: Page }>(LIST, variables, { token: who.token })).ideas.totalCount;

    expect(await total({}, member)).toBe(2);
    expect(await total({ stage: 'BUZZ' }, member)).toBe(1);
    expect(await total({ stage: 'ARCHIVED' }, member)).toBe(1);
    expect(await total({}, counted.admin)).toBe(3);
    expect(await total({ stage: 'BUZZ' }, counted.admin)).toBe(2);
  });

  it('sorts by most buzz and by trending (support in the last 7 days), paging in that order', async () => {
    const sorted = await given.tenant({ settings: { buzzThreshold: 1000 } });
    const author = await given.member(sorted);
    const fans = await given.members(sorted, 3);
    // Created oldest first: rising, loved, quiet; so newest first would be the reverse.
    const rising = await given.idea(sorted, author, { title: 'Rising idea' });
    const loved = await given.idea(sorted, author, { title: 'Loved long ago' });
    const quiet = await given.idea(sorted, author, { title: 'Quiet idea' });
    const supports = app.app.get(SupportService);
    // Loved was supported ten days ago, outside trending's 7-day window; rising is supported now.
    const backToNow = runClockAhead(app, -10 * DAY);
    try {
      for (const fan of fans) await supports.support(given.actor(fan), loved.id);
    } finally {
      backToNow();
    }
    for (const fan of fans.slice(0, 2)) await supports.support(given.actor(fan), rising.id);
    const as = (variables: Record<string, unknown>) => app.api.ok<{ ideas: Page }>(LIST, variables, { token: author.token });

    const byBuzz = (await as({ sort: 'MOST_BUZZ' })).ideas.edges.map((edge) => edge.node.id);
    expect(byBuzz).toEqual([loved.id, rising.id, quiet.id]);
    const trending = (await as({ sort: 'TRENDING' })).ideas.edges.map((edge) => edge.node.id);
    expect(trending).toEqual([rising.id, quiet.id, loved.id]);

    const first = (await as({ sort: 'MOST_BUZZ', first: 1 })).ideas;
    const rest = (await as({ sort: 'MOST_BUZZ', first: 5, after: first.pageInfo.endCursor })).ideas;
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual(byBuzz);
  });

  it('loads a page with authors, counts, buzz, support, challenge, timeline and comments in a constant number of queries', async () => {
    // Only the request's own statements: background work of the app may run at any moment.
    const statements = new RequestStatements(app);
    const standings = app.app.get(MemberStandingCache);
    const count = async (first: number) => {
      // The reader's standing is re-read at most every 2 seconds; forgetting it makes every
      // measured request re-read it, however long the one before took.
      standings.forgetMember(reader.tenantId, reader.id);
      const { result, statements: counted } = await statements.of(() =>
        app.api.ok<{ ideas: { edges: unknown[] } }>(PAGE_WITH_EVERYTHING, { first }, { token: reader.token }),
      );
      expect(result.ideas.edges).toHaveLength(first);
      return counted;
    };
    try {
      // A first request warms what the app builds once (the parsed query, plans), so both pages
      // below are measured alike.
      await count(1);
      const small = await count(5);
      const large = await count(20);
      expect(large).toBe(small);
      // Sign-in, the page and its total, then one transaction per related field (each with its
      // BEGIN, set_config and COMMIT): about 50 statements, where one query per idea would be hundreds.
      expect(small).toBeGreaterThan(10);
      expect(small).toBeLessThan(60);
    } finally {
      statements.stop();
    }
  });
});
