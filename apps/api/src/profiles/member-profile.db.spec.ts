import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const PROFILE = `query($id: ID!) { member(id: $id) { displayName ideas { title stage } teams { title } } }`;
const JOIN = 'mutation($id: ID!) { requestToJoin(ideaId: $id) { id } }';
const ANSWER = 'mutation($id: ID!) { answerJoinRequest(requestId: $id, accept: true) { status } }';
const HIDE = 'mutation($id: ID!) { hideContent(kind: IDEA, targetId: $id, reason: "Off topic") }';

interface Profile {
  member: { displayName: string; ideas: Array<{ title: string; stage: string }>; teams: Array<{ title: string }> };
}

describe('a member profile shows their ideas and teams', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  let lead: GivenMember;
  let ada: GivenMember;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 2 } }));
    lead = await given.member(instance, { displayName: 'Lena Lead' });
    ada = await given.member(instance, { displayName: 'Ada Lovelace' });
  });
  afterAll(() => app.close());

  it('lists the ideas a member posted, newest first, and the teams they joined', async () => {
    await given.idea(instance, lead, { title: 'Older idea' });
    const teaming = await given.teamingIdea(instance, lead, { title: 'Shared printers' });
    await given.idea(instance, ada, { title: 'Ada’s own idea' });
    const { requestToJoin } = await app.api.ok<{ requestToJoin: { id: string } }>(JOIN, { id: teaming.id }, { token: ada.token });
    await app.api.ok(ANSWER, { id: requestToJoin.id }, { token: lead.token });

    const leadProfile = await app.api.ok<Profile>(PROFILE, { id: lead.id }, { token: ada.token });
    expect(leadProfile.member.ideas).toEqual([
      { title: 'Shared printers', stage: 'TEAMING' },
      { title: 'Older idea', stage: 'BUZZ' },
    ]);
    expect(leadProfile.member.teams).toEqual([]);

    const adaProfile = await app.api.ok<Profile>(PROFILE, { id: ada.id }, { token: lead.token });
    expect(adaProfile.member.ideas.map((idea) => idea.title)).toEqual(['Ada’s own idea']);
    expect(adaProfile.member.teams.map((idea) => idea.title)).toEqual(['Shared printers']);
  });

  it('leaves out hidden ideas, except for moderators and admins', async () => {
    const hidden = await given.idea(instance, ada, { title: 'Hidden idea' });
    await app.api.ok(HIDE, { id: hidden.id }, { token: instance.admin.token });

    const seenByLead = await app.api.ok<Profile>(PROFILE, { id: ada.id }, { token: lead.token });
    expect(seenByLead.member.ideas.map((idea) => idea.title)).not.toContain('Hidden idea');
    const seenByAdmin = await app.api.ok<Profile>(PROFILE, { id: ada.id }, { token: instance.admin.token });
    expect(seenByAdmin.member.ideas.map((idea) => idea.title)).toContain('Hidden idea');
  });

  it('shows nothing of another instance', async () => {
    const elsewhere = await given.tenant();
    const stranger = await given.member(elsewhere);
    const result = await app.api.ok<{ member: null }>(PROFILE, { id: lead.id }, { token: stranger.token });
    expect(result.member).toBeNull();
  });
});
