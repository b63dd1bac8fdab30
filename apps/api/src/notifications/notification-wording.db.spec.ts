import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { WordsInEveryLanguage1766170000000 } from '../database/migrations/1766170000000-words-in-every-language';
import { Database } from '../database/database.service';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenMember, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const INBOX = `{ notifications { kind message params { name value } } }`;
const TIMELINE = `query($id: ID!) { idea(id: $id) { stageEvents { to reason reasonKind reasonParams { name value } } } }`;
const LANGUAGE = `mutation($language: String) { updateProfile(input: { language: $language }) { language } }`;

interface Seen {
  kind: string;
  message: string;
  params: Array<{ name: string; value: string }> | null;
}

describe('notifications and stage reasons in each reader’s language', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => ({ app, given, instance } = await startWithInstance({ settings: { buzzThreshold: 2 } })));
  afterAll(() => app.close());

  const inbox = (member: GivenMember) =>
    app.api.ok<{ notifications: Seen[] }>(INBOX, {}, { token: member.token }).then((d) => d.notifications);
  const speaks = (member: GivenMember, language: 'en' | 'cy') => app.api.ok(LANGUAGE, { language }, { token: member.token });

  it('keeps each notification as its kind and values, and words it in the reader’s language', async () => {
    const author = await given.member(instance);
    const idea = await given.idea(instance, author, { title: 'Argraffwyr a rennir' });
    await given.comment(await given.member(instance, { displayName: 'Siân Lewis' }), idea);
    await given.supporters(instance, idea, 1);

    const english = await inbox(author);
    expect(english.map((n) => n.kind)).toEqual(['STAGE_CHANGED', 'IDEA_SUPPORTED', 'IDEA_COMMENTED']);
    expect(english[2].message).toBe('Siân Lewis commented on your idea "Argraffwyr a rennir".');
    expect(english[2].params).toEqual([
      { name: 'actor', value: 'Siân Lewis' },
      { name: 'idea', value: 'Argraffwyr a rennir' },
    ]);
    expect(english[0].message).toBe(
      'Your idea "Argraffwyr a rennir" moved to teaming: Reached the buzz threshold: a buzz score of 2, with 2 needed',
    );
    expect(english[0].params).toEqual([
      { name: 'idea', value: 'Argraffwyr a rennir' },
      { name: 'reason', value: 'BUZZ_REACHED' },
      { name: 'score', value: '2' },
      { name: 'stage', value: 'TEAMING' },
      { name: 'threshold', value: '2' },
    ]);

    await speaks(author, 'cy');
    const welsh = await inbox(author);
    expect(welsh.map((n) => n.message)).toEqual([
      'Mae eich syniad “Argraffwyr a rennir” wedi symud i’r cam ffurfio tîm: Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o 2, a 2 yn ofynnol',
      expect.stringMatching(/^Mae .+ wedi cefnogi eich syniad “Argraffwyr a rennir”\.$/),
      'Mae Siân Lewis wedi rhoi sylw ar eich syniad “Argraffwyr a rennir”.',
    ]);
    expect(welsh.map((n) => n.params)).toEqual(english.map((n) => n.params));
  });

  it('shows a notification written before params as it was written', async () => {
    const member = await given.member(instance);
    await app.app
      .get(Database)
      .withTenant(instance.tenant.id, (tx) =>
        tx.query(
          `INSERT INTO notifications (tenant_id, member_id, kind, message, in_app, email) VALUES ($1, $2, 'IDEA_SUPPORTED', $3, true, 'NEVER')`,
          [tx.tenantId, member.id, 'Someone supported your idea "Old…'],
        ),
      );
    await speaks(member, 'cy');
    expect(await inbox(member)).toEqual([{ kind: 'IDEA_SUPPORTED', message: 'Someone supported your idea "Old…', params: null }]);
  });

  it('words the timeline’s reasons in the language of whoever reads it', async () => {
    const [author, welshReader] = await given.members(instance, 2);
    await speaks(welshReader, 'cy');
    const idea = await given.idea(instance, author);
    await given.supporters(instance, idea, 2);
    type Timeline = { idea: { stageEvents: Array<{ to: string; reason: string; reasonKind: string; reasonParams: unknown[] }> } };
    const read = (member: GivenMember) =>
      app.api.ok<Timeline>(TIMELINE, { id: idea.id }, { token: member.token }).then((d) => d.idea.stageEvents);

    const english = await read(author);
    expect(english.map((e) => [e.to, e.reasonKind, e.reason])).toEqual([
      ['BUZZ', 'SUBMITTED', 'Submitted'],
      ['TEAMING', 'BUZZ_REACHED', 'Reached the buzz threshold: a buzz score of 2, with 2 needed'],
    ]);
    expect(english[1].reasonParams).toEqual([
      { name: 'score', value: '2' },
      { name: 'threshold', value: '2' },
    ]);
    expect((await read(welshReader)).map((e) => e.reason)).toEqual([
      'Wedi’i gyflwyno',
      'Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o 2, a 2 yn ofynnol',
    ]);
  });

  it('reads back the sentences stored before kinds and values, and keeps the rest as written', async () => {
    // The migration runs on copies of the tables in a schema of its own, so the shared ones stay untouched.
    const owner = new Client({ connectionString: process.env.IX_TEST_OWNER_URL });
    await owner.connect();
    const schema = `legacy_${Date.now()}`;
    try {
      await owner.query(`
        CREATE SCHEMA ${schema};
        SET search_path TO ${schema}, pg_temp;
        CREATE TABLE tenants (id uuid PRIMARY KEY);
        CREATE TABLE notifications (tenant_id uuid, id serial, kind text, message text);
        CREATE TABLE idea_stage_events (tenant_id uuid, id serial, reason text);
        INSERT INTO tenants VALUES ('${instance.tenant.id}');`);
      const legacy: Array<[string, string]> = [
        ['IDEA_SUPPORTED', 'Ann supported your idea "Fewer "printers", please".'],
        ['JOIN_ANSWERED', 'Bo declined your invitation to the team of "Bikes".'],
        ['BOARD_DECIDED', 'The board decided not to implement "Bikes".'],
        ['MARKET_SETTLED', 'The market on "Bikes" settled: NO shares paid 1.00 each.'],
        ['STAGE_CHANGED', 'Your idea "Bikes" moved to archived: Did not reach the buzz threshold within 30 days'],
        ['IDEA_COMMENTED', 'Someone commented on your idea "A very long title that was cut…'],
      ];
      for (const [kind, message] of legacy) {
        await owner.query(`INSERT INTO notifications (tenant_id, kind, message) VALUES ($1, $2, $3)`, [instance.tenant.id, kind, message]);
      }
      for (const reason of [
        'Submitted',
        'Board decision: Good value for money',
        'Merged into "Bikes": same idea',
        'Given an open market',
      ]) {
        await owner.query(`INSERT INTO idea_stage_events (tenant_id, reason) VALUES ($1, $2)`, [instance.tenant.id, reason]);
      }
      const runner = { query: (sql: string) => owner.query(sql).then((r) => r.rows) } as unknown as QueryRunner;

      await new WordsInEveryLanguage1766170000000().up(runner);

      const notifications = await owner.query<{ params: unknown }>(`SELECT params FROM notifications ORDER BY id`);
      expect(notifications.rows.map((row) => row.params)).toEqual([
        { actor: 'Ann', idea: 'Fewer "printers", please' },
        { variant: 'inviteDeclined', actor: 'Bo', idea: 'Bikes' },
        { variant: 'reject', idea: 'Bikes' },
        { variant: 'decided', idea: 'Bikes', outcome: 'NO' },
        { idea: 'Bikes', stage: 'ARCHIVED', reason: 'BUZZ_EXPIRED', days: '30' },
        null,
      ]);
      const reasons = await owner.query<{ reason_kind: string; reason_params: unknown }>(
        `SELECT reason_kind, reason_params FROM idea_stage_events ORDER BY id`,
      );
      expect(reasons.rows).toEqual([
        { reason_kind: 'SUBMITTED', reason_params: {} },
        { reason_kind: 'DECIDED', reason_params: { rationale: 'Good value for money' } },
        { reason_kind: 'MERGED', reason_params: { target: 'Bikes', why: 'same idea' } },
        { reason_kind: 'NOTE', reason_params: { text: 'Given an open market' } },
      ]);
    } finally {
      await owner.query(`DROP SCHEMA ${schema} CASCADE`);
      await owner.end();
    }
  });
});
