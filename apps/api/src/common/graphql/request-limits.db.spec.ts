import { AuthService } from '../../auth/auth.service';
import { Given, type GivenMember, type GivenTenant } from '../../testing/given';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** A raw POST, so tests see the HTTP status and can send bodies no client library would. */
async function post(app: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

function ask(app: TestApp, query: string, variables: Record<string, unknown> = {}, member?: GivenMember) {
  return post(app, JSON.stringify({ query, variables }), member ? { authorization: `Bearer ${member.token}` } : {});
}

describe('answers to requests that cannot run', () => {
  let app: TestApp;
  let instance: GivenTenant;

  beforeAll(async () => {
    app = await startTestApp({ maxQueryDepth: 3, maxQueryComplexity: 30, maxQueryTokens: 400, maxBodyBytes: 16 * 1024 });
    instance = await new Given(app).tenant();
  });
  afterAll(() => app.close());

  it('answers a parse error with HTTP 400 GRAPHQL_PARSE_FAILED and no stack trace', async () => {
    const answer = await ask(app, '{ tenant { ', {}, instance.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|at \w+ \(/i);
  });

  it('answers an unknown field with HTTP 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await ask(app, '{ tenant { nope } }', {}, instance.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers bad JSON, and a body that is not a GraphQL request, with HTTP 400 and a code', async () => {
    const badJson = await post(app, '{"query": ');
    expect(badJson).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] } });
    for (const body of ['[]', '{"query": 5}', '{"query": "{ me { id } }", "variables": "x"}', 'null']) {
      const answer = await post(app, body);
      expect(answer.status).toBe(400);
      expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(answer.body.errors?.[0].extensions?.code);
    }
  });

  it('answers a missing or ill-typed variable with HTTP 400 BAD_USER_INPUT', async () => {
    const query = 'query One($id: ID!) { idea(id: $id) { id } }';
    for (const variables of [{}, { id: null }, { id: { a: 1 } }, { id: true }]) {
      const answer = await ask(app, query, variables, instance.admin);
      expect([answer.status, answer.body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
  });

  it('refuses an Amount the scalar refuses, as a variable or a literal, with HTTP 400', async () => {
    const mutation = 'mutation Grant($grant: Amount) { updateTenantSettings(input: { startingGrant: $grant }) { id } }';
    for (const grant of ['1,000.00', '0.001', '1e3', 12.5]) {
      const answer = await ask(app, mutation, { grant }, instance.admin);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const literal = await ask(app, 'mutation { updateTenantSettings(input: { startingGrant: "1.005" }) { id } }', {}, instance.admin);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors?.[0].message).toMatch(/at most two decimal places/);
  });

  it('refuses a query nested deeper than the limit with HTTP 400 QUERY_TOO_COMPLEX, before running it', async () => {
    const answer = await ask(
      app,
      `mutation { signUp(input: { tenantSlug: "x", email: "a@b.cd", password: "xxxxxxxxxxxx", displayName: "x" }) { member { id } tenant { settings { allowedEmailDomains } } } }`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(answer.body.errors?.[0].message).toMatch(/nested 4 levels deep; the limit is 3/);
    expect(answer.body.data).toBeUndefined();
  });

  it('refuses a query that costs more than the limit, counting the page size asked for', async () => {
    const small = await ask(app, '{ ideas(first: 2) { totalCount } }', {}, instance.admin);
    expect(small.status).toBe(200);
    const big = await ask(app, 'query Page($n: Int) { ideas(first: $n) { totalCount } }', { n: 50 }, instance.admin);
    expect(big.status).toBe(400);
    expect(big.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(big.body.errors?.[0].message).toMatch(/too large/);
  });

  it('refuses a body over the limit with HTTP 413 and a code', async () => {
    const answer = await ask(app, `{ me { id } } # ${'x'.repeat(20 * 1024)}`);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('stops parsing a query with more tokens than the limit: HTTP 400 QUERY_TOO_COMPLEX', async () => {
    const answer = await ask(app, `{ ${Array.from({ length: 200 }, () => '__typename').join(' ')} }`, {}, instance.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('hides the cause of an unexpected failure behind a generic INTERNAL_SERVER_ERROR', async () => {
    // A token for a tenant id that is not a uuid makes PostgreSQL itself fail inside the request.
    const broken = app.app.get(AuthService).tokens.sign({ id: 'x', tenantId: 'not-a-uuid', tokenVersion: 0 });
    const result = await app.api.request('{ me { id } }', {}, { token: broken });
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toMatch(/uuid|syntax|SELECT|postgres/i);
  });
});

describe('limits at their defaults', () => {
  let app: TestApp;
  let instance: GivenTenant;

  beforeAll(async () => {
    app = await startTestApp();
    instance = await new Given(app).tenant();
  });
  afterAll(() => app.close());

  it('refuses 500 aliases of me with HTTP 400 QUERY_TOO_COMPLEX', async () => {
    const answer = await ask(app, `{ ${Array.from({ length: 500 }, (_, i) => `m${i}: me { id }`).join(' ')} }`, {}, instance.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body.errors?.[0].message).toMatch(/500 aliases; the limit is 30/);
  });

  it('prices the costly fields: a page of float readiness costs what it does', async () => {
    const cheap = await ask(app, '{ ideas(first: 100) { edges { node { id title } } } }', {}, instance.admin);
    expect(cheap.status).toBe(200);
    const costly = await ask(
      app,
      '{ ideas(first: 100) { edges { node { id floatReadiness { ready } descriptionHtml } } } }',
      {},
      instance.admin,
    );
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers an id that is not a UUID with BAD_USER_INPUT before any SQL, and reads ids in any case', async () => {
    const given = new Given(app);
    const author = await given.member(instance);
    const idea = await given.idea(instance, author, { title: 'Ids in capitals' });
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['query ($id: ID!) { member(id: $id) { id } }', { id: 'not-a-uuid' }],
      ['query ($id: ID!) { idea(id: $id) { id } }', { id: 'not-a-uuid' }],
      ['mutation ($id: ID!) { setRole(memberId: $id, role: BOARD) { id } }', { id: 'not-a-uuid' }],
      ['mutation ($id: ID!) { suspendMember(memberId: $id, suspended: true) { id } }', { id: "1' OR '1'='1" }],
      ['mutation ($id: ID!) { answerJoinRequest(requestId: $id, accept: true) { id } }', { id: 'not-a-uuid' }],
      ['mutation ($id: ID!) { answerTeamInvite(inviteId: $id, accept: true) { id } }', { id: '' }],
      ['mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [idea.id, 'nope'] }],
    ];
    for (const [query, variables] of attempts) {
      const answer = await ask(app, query, variables, instance.admin);
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const shouted = await app.api.ok<{ idea: { id: string } }>(
      'query ($id: ID!) { idea(id: $id) { id } }',
      { id: idea.id.toUpperCase() },
      { token: author.token },
    );
    expect(shouted.idea.id).toBe(idea.id);
  });

  it('refuses clearing a display name with BAD_USER_INPUT', async () => {
    const member = await new Given(app).member(instance);
    const answer = await ask(app, 'mutation { updateProfile(input: { displayName: null }) { displayName } }', {}, member);
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ production: true });
  });
  afterAll(() => app.close());

  it('does not answer introspection', async () => {
    const answer = await ask(app, '{ __schema { types { name } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
