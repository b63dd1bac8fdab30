import { MIN_SECTION_LENGTH } from '@idea-exchange/stage-rules';
import type { IdeaEntity } from '../ideas/idea.entity';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const REQUEST = 'mutation($id: ID!) { requestToJoin(ideaId: $id) { id status member { id } } }';
const ANSWER = 'mutation($id: ID!, $accept: Boolean!) { answerJoinRequest(requestId: $id, accept: $accept) { id status } }';
const INVITE =
  'mutation($idea: ID!, $member: ID!) { inviteToTeam(ideaId: $idea, memberId: $member) { id status member { id } idea { id } } }';
const ANSWER_INVITE = 'mutation($id: ID!, $accept: Boolean!) { answerTeamInvite(inviteId: $id, accept: $accept) { id status } }';
const TEAM = `query($id: ID!) { idea(id: $id) { team { id } joinRequests { id member { id } } teamInvites { id }
  businessCase { problem estimatedAnnualSaving version } floatReadiness { ready missing } } }`;
const SAVE_CASE =
  'mutation($id: ID!, $input: BusinessCaseInput!) { saveBusinessCase(ideaId: $id, input: $input) { id businessCase { version problem } } }';

const text = (word: string) => `${word} `.repeat(Math.ceil(MIN_SECTION_LENGTH / (word.length + 1)) + 1).trim();
const fullCase = {
  problem: text('paper'),
  proposal: text('digital'),
  benefits: text('savings'),
  estimatedAnnualSaving: '12000.00',
  oneOffCost: '2500.50',
  runningCost: '300.00',
  risks: text('adoption'),
  measuresOfSuccess: text('usage'),
};

describe('teams on an idea in TEAMING', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let lead: GivenMember;
  let idea: IdeaEntity;
  let ada: GivenMember;
  let bob: GivenMember;

  type TeamView = {
    idea: {
      team: Array<{ id: string }>;
      joinRequests: Array<{ id: string; member: { id: string } }>;
      teamInvites: Array<{ id: string }>;
      businessCase: { problem: string; estimatedAnnualSaving: string; version: number } | null;
      floatReadiness: { ready: boolean; missing: string[] };
    };
  };
  const view = (who: GivenMember) => app.api.ok<TeamView>(TEAM, { id: idea.id }, { token: who.token });

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 1, minTeamSize: 3, maxTeamSize: 3 } }));
    lead = await given.member(instance, { displayName: 'Lead' });
    [ada, bob] = await given.members(instance, 2);
    idea = await given.teamingIdea(instance, lead);
  });
  afterAll(() => app.close());

  it('starts with the author as the lead and says what is missing before floating', async () => {
    const seen = await view(lead);
    expect(seen.idea.team.map((m) => m.id)).toEqual([lead.id]);
    expect(seen.idea.floatReadiness).toEqual({
      ready: false,
      missing: ['2 more team members (the team needs 3, lead included)', 'a business case'],
    });
  });

  it('lets a member ask to join, once, and only the lead sees and answers the request', async () => {
    const first = await app.api.ok<{ requestToJoin: { id: string; status: string } }>(REQUEST, { id: idea.id }, { token: ada.token });
    const again = await app.api.ok<{ requestToJoin: { id: string } }>(REQUEST, { id: idea.id }, { token: ada.token });
    expect(again.requestToJoin.id).toBe(first.requestToJoin.id);
    expect(first.requestToJoin.status).toBe('PENDING');

    expect((await view(bob)).idea.joinRequests).toEqual([]);
    expect((await view(lead)).idea.joinRequests.map((r) => r.member.id)).toEqual([ada.id]);
    expect(await app.api.code(ANSWER, { id: first.requestToJoin.id, accept: true }, { token: bob.token })).toBe('NOT_FOUND');

    const accepted = await app.api.ok<{ answerJoinRequest: { status: string } }>(
      ANSWER,
      { id: first.requestToJoin.id, accept: true },
      { token: lead.token },
    );
    expect(accepted.answerJoinRequest.status).toBe('ACCEPTED');
    expect(await app.api.code(ANSWER, { id: first.requestToJoin.id, accept: false }, { token: lead.token })).toBe('CONFLICT');
    expect((await view(lead)).idea.team.map((m) => m.id)).toEqual([lead.id, ada.id]);
    expect(await app.api.code(REQUEST, { id: idea.id }, { token: ada.token })).toBe('CONFLICT');
  });

  it('shows a member their own pending request, which they can withdraw until it is answered', async () => {
    const other = await given.teamingIdea(instance, lead);
    const MINE = 'query($id: ID!) { idea(id: $id) { myJoinRequest { id status } joinRequests { id } } }';
    const WITHDRAW = 'mutation($id: ID!) { withdrawJoinRequest(ideaId: $id) { id } }';
    type Mine = { idea: { myJoinRequest: { id: string; status: string } | null; joinRequests: Array<{ id: string }> } };
    const { requestToJoin } = await app.api.ok<{ requestToJoin: { id: string } }>(REQUEST, { id: other.id }, { token: bob.token });

    const asked = await app.api.ok<Mine>(MINE, { id: other.id }, { token: bob.token });
    expect(asked.idea.myJoinRequest).toEqual({ id: requestToJoin.id, status: 'PENDING' });
    expect((await app.api.ok<Mine>(MINE, { id: other.id }, { token: ada.token })).idea.myJoinRequest).toBeNull();

    await app.api.ok(WITHDRAW, { id: other.id }, { token: bob.token });
    expect((await app.api.ok<Mine>(MINE, { id: other.id }, { token: bob.token })).idea.myJoinRequest).toBeNull();
    expect((await app.api.ok<Mine>(MINE, { id: other.id }, { token: lead.token })).idea.joinRequests).toEqual([]);
    expect(await app.api.code(WITHDRAW, { id: other.id }, { token: bob.token })).toBe('NOT_FOUND');
    expect(await app.api.code(ANSWER, { id: requestToJoin.id, accept: true }, { token: lead.token })).toBe('NOT_FOUND');
  });

  it('tells the lead about a request and the requester about the answer', async () => {
    const leadNotes = await app.api.ok<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }', {}, { token: lead.token });
    expect(leadNotes.notifications.map((n) => n.kind)).toContain('JOIN_REQUESTED');
    const adaNotes = await app.api.ok<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }', {}, { token: ada.token });
    expect(adaNotes.notifications.map((n) => n.kind)).toContain('JOIN_ANSWERED');
  });

  it('lets the lead invite someone, who accepts; then the team is full', async () => {
    expect(await app.api.code(INVITE, { idea: idea.id, member: bob.id }, { token: ada.token })).toBe('FORBIDDEN');
    const invited = await app.api.ok<{ inviteToTeam: { id: string; idea: { id: string } } }>(
      INVITE,
      { idea: idea.id, member: bob.id },
      { token: lead.token },
    );
    expect(invited.inviteToTeam.idea.id).toBe(idea.id);
    const mine = await app.api.ok<{ myTeamInvites: Array<{ id: string }> }>('{ myTeamInvites { id } }', {}, { token: bob.token });
    expect(mine.myTeamInvites.map((i) => i.id)).toEqual([invited.inviteToTeam.id]);
    expect(await app.api.code(ANSWER_INVITE, { id: invited.inviteToTeam.id, accept: true }, { token: ada.token })).toBe('NOT_FOUND');
    await app.api.ok(ANSWER_INVITE, { id: invited.inviteToTeam.id, accept: true }, { token: bob.token });
    expect((await view(lead)).idea.team.map((m) => m.id)).toEqual([lead.id, ada.id, bob.id]);

    const latecomer = await given.member(instance);
    expect(await app.api.code(REQUEST, { id: idea.id }, { token: latecomer.token })).toBe('CONFLICT');
  });

  it('keeps every version of the business case, written by team members only, and becomes ready', async () => {
    const outsider = await given.member(instance);
    expect(await app.api.code(SAVE_CASE, { id: idea.id, input: fullCase }, { token: outsider.token })).toBe('FORBIDDEN');
    await app.api.ok(SAVE_CASE, { id: idea.id, input: { ...fullCase, risks: 'tbc' } }, { token: ada.token });
    expect((await view(lead)).idea.floatReadiness.missing).toEqual([
      `the risks in the business case (at least ${MIN_SECTION_LENGTH} characters)`,
    ]);
    const saved = await app.api.ok<{ saveBusinessCase: { businessCase: { version: number } } }>(
      SAVE_CASE,
      { id: idea.id, input: fullCase },
      { token: lead.token },
    );
    expect(saved.saveBusinessCase.businessCase.version).toBe(2);
    const seen = await view(outsider);
    expect(seen.idea.businessCase).toEqual({ problem: fullCase.problem, estimatedAnnualSaving: '12000.00', version: 2 });
    expect(seen.idea.floatReadiness).toEqual({ ready: true, missing: [] });
  });

  it('refuses a business case with bad amounts or over-long sections', async () => {
    const bad = await app.api.request(
      SAVE_CASE,
      { id: idea.id, input: { ...fullCase, oneOffCost: '-1.00', problem: 'x'.repeat(5001) } },
      { token: lead.token },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(
      expect.arrayContaining(['oneOffCost', 'problem']),
    );
  });

  it('lets members leave and the lead remove them, but the lead cannot leave', async () => {
    expect(await app.api.code('mutation($id: ID!) { leaveTeam(ideaId: $id) { id } }', { id: idea.id }, { token: lead.token })).toBe(
      'BAD_USER_INPUT',
    );
    await app.api.ok('mutation($id: ID!) { leaveTeam(ideaId: $id) { id } }', { id: idea.id }, { token: bob.token });
    expect(
      await app.api.code(
        'mutation($i: ID!, $m: ID!) { removeTeamMember(ideaId: $i, memberId: $m) { id } }',
        { i: idea.id, m: ada.id },
        { token: bob.token },
      ),
    ).toBe('FORBIDDEN');
    await app.api.ok(
      'mutation($i: ID!, $m: ID!) { removeTeamMember(ideaId: $i, memberId: $m) { id } }',
      { i: idea.id, m: ada.id },
      { token: lead.token },
    );
    expect((await view(lead)).idea.team.map((m) => m.id)).toEqual([lead.id]);
  });

  it('does not form teams on ideas still in BUZZ', async () => {
    const early = await given.idea(instance, ada);
    expect(await app.api.code(REQUEST, { id: early.id }, { token: bob.token })).toBe('CONFLICT');
  });

  it('admits exactly as many as fit when many ask and are accepted at once', async () => {
    const crowded = await given.teamingIdea(instance, lead);
    const hopefuls = await given.members(instance, 6);
    const requests = await Promise.all(
      hopefuls.map((m) => app.api.ok<{ requestToJoin: { id: string } }>(REQUEST, { id: crowded.id }, { token: m.token })),
    );
    const answers = await Promise.all(
      requests.map((r) => app.api.request(ANSWER, { id: r.requestToJoin.id, accept: true }, { token: lead.token })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(2);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(4);
    const team = await app.api.ok<TeamView>(TEAM, { id: crowded.id }, { token: lead.token });
    expect(team.idea.team).toHaveLength(3);
  });
});
