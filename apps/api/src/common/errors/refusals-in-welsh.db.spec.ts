import { randomUUID } from 'node:crypto';
import { type Given, type GivenMember, type GivenTenant } from '../../testing/given';
import type { Caller } from '../../testing/graphql-client';
import { BUY } from '../../testing/market-operations';
import type { TestApp } from '../../testing/test-app';
import { startWithInstance } from '../../testing/app-with-instance';

const FLOAT = 'mutation($id: ID!) { floatIdea(ideaId: $id) { id } }';
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setRole(memberId: $id, role: $role) { id } }';
const MERGE = 'mutation($source: ID!, $target: ID!) { mergeIdeas(sourceId: $source, targetId: $target, reason: "Same idea") { id } }';
const REVIEW = `mutation($input: ReviewInput!) { reviewIdea(input: $input) { id } }`;
const PROFILE = 'mutation($language: String) { updateProfile(input: { language: $language }) { id } }';

const welsh = (member: Pick<GivenMember, 'token'>): Caller => ({ token: member.token, headers: { 'accept-language': 'cy' } });
const english = (member: Pick<GivenMember, 'token'>): Caller => ({ token: member.token, headers: { 'accept-language': 'en-GB' } });
/** What a script sends: no Accept-Language of its own (fetch adds "*", which names no language). */
const script = (member: Pick<GivenMember, 'token'>): Caller => ({ token: member.token });

const review = (ideaId: string, scores: Partial<Record<'strategicFit' | 'valueForMoney' | 'feasibility' | 'risk', number>> = {}) => ({
  input: { ideaId, strategicFit: 3, valueForMoney: 3, feasibility: 3, risk: 3, comment: 'Looks sound to me.', ...scores },
});

describe('refusals worded for the reader, through the API', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1, minReviews: 1 } }));
  });
  afterAll(() => app.close());

  const firstError = async (query: string, variables: Record<string, unknown>, caller: Caller) => {
    const { errors = [] } = await app.api.request(query, variables, caller);
    expect(errors).toHaveLength(1);
    return errors[0];
  };

  describe('the board’s refusals', () => {
    it('words what an idea still needs before it floats, keeping the English list for clients', async () => {
      const author = await given.member(instance);
      const idea = await given.teamingIdea(instance, author);

      const refused = await firstError(FLOAT, { id: idea.id }, welsh(author));

      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', missing: expect.arrayContaining(['a business case']) });
      expect(refused.message).toMatch(/^Ni ellir arnofio’r syniad eto\. Mae angen o hyd: .*achos busnes\.$/);
      expect((await firstError(FLOAT, { id: idea.id }, english(author))).message).toMatch(
        /^The idea cannot be floated yet\. Still needed: .*a business case\.$/,
      );
    });

    it('refuses to review an idea outside the investment stage, in Welsh', async () => {
      const author = await given.member(instance);
      const judge = await given.member(instance, { role: 'BOARD' });
      const idea = await given.idea(instance, author);

      expect(await firstError(REVIEW, review(idea.id), welsh(judge))).toMatchObject({
        message: 'Dim ond tra bo syniadau yn y cam buddsoddi y mae’r bwrdd yn eu hadolygu ac yn penderfynu arnynt.',
        extensions: { code: 'CONFLICT' },
      });
    });

    it('names the positions that keep a shareholder off the board in Welsh, with IE for YES', async () => {
      const holder = await given.member(instance);
      const title = `Rhannu ceir ${randomUUID().slice(0, 6)}`;
      const { ideaId } = await given.openMarket(instance, { title });
      await app.api.ok(BUY, { input: { idempotencyKey: randomUUID(), ideaId, outcome: 'YES', shares: '12.00' } }, { token: holder.token });

      const refused = await firstError(SET_ROLE, { id: holder.id, role: 'BOARD' }, welsh(instance.admin));

      expect(refused).toMatchObject({
        message: `Mae gan yr aelod hwn 12.00 cyfran IE yn “${title}”. Aelodau’r bwrdd sy’n penderfynu ar farchnadoedd, felly gallant ymuno â’r bwrdd pan fydd y rhain wedi’u gwerthu neu wedi setlo.`,
        extensions: { code: 'CONFLICT', positions: [{ idea: title, outcome: 'YES', shares: '12.00' }] },
      });
    });
  });

  describe('merging’s refusals', () => {
    it('words a merge into itself and its field, and a merge of a trading idea', async () => {
      const moderator = await given.member(instance, { role: 'MODERATOR' });
      const idea = await given.idea(instance, moderator);

      expect(await firstError(MERGE, { source: idea.id, target: idea.id }, welsh(moderator))).toMatchObject({
        message: 'Ni ellir uno syniad ag ef ei hun: dewiswch syniad gwahanol i’w gadw.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'targetId', message: 'Dewiswch syniad gwahanol i’w gadw.' }] },
      });

      const title = `Beiciau ${randomUUID().slice(0, 6)}`;
      const { ideaId } = await given.openMarket(instance, { title });
      expect((await firstError(MERGE, { source: ideaId, target: idea.id }, welsh(moderator))).message).toBe(
        `Mae gan “${title}” farchnad sy’n dal i fasnachu, felly ni ellir ei uno.`,
      );
    });
  });

  describe('input validation', () => {
    it('words each field’s problem for a Welsh reader and keeps the English for anyone else', async () => {
      const author = await given.member(instance);
      const judge = await given.member(instance, { role: 'BOARD' });
      const idea = await given.idea(instance, author);
      const input = { input: { ...review(idea.id, { risk: 7 }).input, comment: '   ' } };

      const inWelsh = await firstError(REVIEW, input, welsh(judge));
      const inEnglish = await firstError(REVIEW, input, english(judge));

      expect(inWelsh.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'risk', message: 'Rhaid i Risg fod yn sgôr o 1 i 5.' },
          { field: 'comment', message: 'Rhowch sylw.' },
        ],
      });
      expect(inWelsh.message).toBe('Rhaid i Risg fod yn sgôr o 1 i 5. Rhowch sylw.');
      expect(inEnglish.extensions?.fields).toEqual([
        { field: 'risk', message: 'Risk must be a score from 1 to 5.' },
        { field: 'comment', message: 'Enter a comment.' },
      ]);
    });

    it('words class-validator’s own checks for a Welsh reader too, and the API’s id check', async () => {
      const member = await given.member(instance);
      const query = `{ ideas(first: 500, after: "${'x'.repeat(501)}") { totalCount } }`;

      expect((await firstError(query, {}, welsh(member))).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'first', message: 'Rhaid i first fod rhwng 1 a 100.' },
          { field: 'after', message: 'Mae after yn rhy hir neu’n rhy fyr.' },
        ],
      });
      expect((await firstError(query, {}, english(member))).extensions?.fields).toEqual([
        { field: 'first', message: 'First must be between 1 and 100.' },
        { field: 'after', message: 'After must be shorter than or equal to 500 characters.' },
      ]);
      expect((await firstError('{ idea(id: "not-an-id") { id } }', {}, welsh(member))).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'id', message: 'Nid yw id yn ddynodydd dilys.' }],
      });
    });

    it('words the password policy for a Welsh reader signing up', async () => {
      const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }';
      const input = {
        tenantSlug: instance.slug,
        email: `cymro-${randomUUID().slice(0, 6)}@example.gov.uk`,
        password: 'byr',
        displayName: 'Cymro',
      };

      expect(await firstError(signUp, { input }, { headers: { 'accept-language': 'cy' } })).toMatchObject({
        message: 'Rhaid i’r cyfrinair fod o leiaf 10 nod.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'Rhaid i’r cyfrinair fod o leiaf 10 nod.' }] },
      });
    });
  });

  describe('a client that names no language', () => {
    const NOT_PERMITTED = { en: 'Only board members can do this.', cy: 'Dim ond aelodau’r bwrdd all wneud hyn.' };
    const refusal = async (member: GivenMember, caller: Caller) => (await firstError(REVIEW, review(randomUUID()), caller)).message;

    it('reads the member’s own language, else their organisation’s default, else English; Accept-Language still wins', async () => {
      const welshByDefault = await given.tenant({ settings: { defaultLanguage: 'cy' } });
      const member = await given.member(welshByDefault);

      expect(await refusal(member, script(member))).toBe(NOT_PERMITTED.cy);
      expect(await refusal(member, english(member))).toBe(NOT_PERMITTED.en);

      await app.api.ok(PROFILE, { language: 'en' }, { token: member.token });
      expect(await refusal(member, script(member))).toBe(NOT_PERMITTED.en);
      expect(await refusal(member, welsh(member))).toBe(NOT_PERMITTED.cy);

      const chooser = await given.member(instance);
      expect(await refusal(chooser, script(chooser))).toBe(NOT_PERMITTED.en);
      await app.api.ok(PROFILE, { language: 'cy' }, { token: chooser.token });
      expect(await refusal(chooser, script(chooser))).toBe(NOT_PERMITTED.cy);
      expect(await refusal(chooser, { token: chooser.token, headers: { 'accept-language': 'fr-FR, en;q=0.5' } })).toBe(NOT_PERMITTED.en);
    });

    it('reads a visitor’s organisation default when the request names the organisation only', async () => {
      const welshByDefault = await given.tenant({ public: true, settings: { defaultLanguage: 'cy' } });
      const visitor = { tenant: welshByDefault.slug };

      const refused = await firstError(REVIEW, review(randomUUID()), visitor);

      expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.message).toBe('Mewngofnodwch i wneud hyn.');
    });
  });
});
