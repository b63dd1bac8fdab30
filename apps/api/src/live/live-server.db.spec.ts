import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { notificationTopic } from '../notifications/notifications.service';
import { startWithInstance } from '../testing/app-with-instance';
import { Given, type GivenMember, type GivenTenant } from '../testing/given';
import { LiveClients, signedIn } from '../testing/live-clients';
import { untilSubscribed } from '../testing/live-subscribers';
import { startTestApp, type TestApp } from '../testing/test-app';

const NOTIFICATIONS = 'subscription { notificationAdded { id message } }';

describe('graphql-ws holds to the HTTP rules', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;
  const clients = new LiveClients();

  beforeAll(async () => ({ app, given, instance } = await startWithInstance({}, { liveRecheckMs: 200 })));
  afterAll(async () => {
    await clients.disposeAll();
    await app.close();
  });

  const connect = (member: GivenMember) => clients.connect(app, signedIn(member));

  /** The errors an operation ends with (or none, when it yields data first). */
  async function errorsOf(client: Client, query: string): Promise<Array<{ message: string; extensions?: { code?: string } }>> {
    const iterator = client.iterate({ query });
    try {
      const first = await iterator.next();
      return (first.value?.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>;
    } catch (error) {
      return error as Array<{ message: string; extensions?: { code?: string } }>;
    } finally {
      await iterator.return?.();
    }
  }

  it('refuses a mutation or a query over the socket with a typed error, running nothing', async () => {
    const member = await given.member(instance);
    const { client } = connect(member);
    const mutation = await errorsOf(
      client,
      'mutation { submitIdea(input: { title: "Over the socket", description: "Should not run." }) { id } }',
    );
    expect(mutation[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(mutation[0].message).toMatch(/Only subscriptions/);
    const query = await errorsOf(client, '{ me { id } }');
    expect(query[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ideas = await app.api.ok<{ ideas: { totalCount: number } }>('{ ideas { totalCount } }', {}, { token: member.token });
    expect(ideas.ideas.totalCount).toBe(0);
  });

  it('holds subscriptions to the same limits and codes as HTTP, without stacks', async () => {
    const member = await given.member(instance);
    const { client } = connect(member);
    const aliases = Array.from({ length: 500 }, (_, i) => `n${i}: id`).join(' ');
    expect((await errorsOf(client, `subscription { notificationAdded { ${aliases} } }`))[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await errorsOf(client, 'subscription { notificationAdded { nope } }'))[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await errorsOf(client, 'subscription { notificationAdded {'))[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const malformed = await errorsOf(client, 'subscription { marketUpdated(ideaId: "not-a-uuid") { id } }');
    expect(malformed[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(malformed)).not.toMatch(/stack|at \w+ \(/i);
  });

  it('closes a socket that sends a frame over the limit', async () => {
    const socket = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(100 * 1024) } }));
    expect(await closed).toBe(1009);
  });

  it("closes a suspended member's socket within seconds", async () => {
    const member = await given.member(instance);
    const { client, closedWith } = connect(member);
    const pending = client.iterate({ query: NOTIFICATIONS }).next();
    await untilSubscribed(app, notificationTopic(instance.tenant.id, member.id));

    await app.api.ok(
      'mutation ($id: ID!) { suspendMember(memberId: $id, suspended: true) { id } }',
      { id: member.id },
      { token: instance.admin.token },
    );

    expect(await closedWith).toBe(4403);
    await pending.catch(() => undefined);
  });

  it("closes a demoted member's socket, and refuses a suspended member's new one", async () => {
    const board = await given.member(instance, { role: 'BOARD' });
    const { client, closedWith } = connect(board);
    const pending = client.iterate({ query: NOTIFICATIONS }).next();
    await untilSubscribed(app, notificationTopic(instance.tenant.id, board.id));

    await app.api.ok(
      'mutation ($id: ID!) { setRole(memberId: $id, role: MEMBER) { id } }',
      { id: board.id },
      { token: instance.admin.token },
    );

    expect(await closedWith).toBe(4403);
    await pending.catch(() => undefined);
    await app.api.ok(
      'mutation ($id: ID!) { suspendMember(memberId: $id, suspended: true) { id } }',
      { id: board.id },
      { token: instance.admin.token },
    );
    const again = connect(board);
    const refused = again.client.iterate({ query: NOTIFICATIONS }).next();
    expect(await again.closedWith).toBe(4403);
    await refused.catch(() => undefined);
  });
});

describe('graphql-ws and sign-ins that end', () => {
  let app: TestApp;
  const clients = new LiveClients();

  beforeAll(async () => {
    app = await startTestApp({ liveRecheckMs: 200, jwtTtlSeconds: 3 });
  });
  afterAll(async () => {
    await clients.disposeAll();
    await app.close();
  });

  it("closes a socket when its member's sign-in expires", async () => {
    const instance = await new Given(app).tenant();
    const member = await new Given(app).member(instance);
    const { client, closedWith } = clients.connect(app, signedIn(member));
    const pending = client.iterate({ query: NOTIFICATIONS }).next();
    const started = Date.now();

    expect(await closedWith).toBe(4403);
    expect(Date.now() - started).toBeLessThan(10_000);
    await pending.catch(() => undefined);
  });
});
