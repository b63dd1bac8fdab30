import { AuthService } from '../../auth/auth.service';
import { Given, type GivenTenant } from '../../testing/given';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('GraphQL safety limits and error shape', () => {
  let app: TestApp;
  let instance: GivenTenant;

  beforeAll(async () => {
    app = await startTestApp({ maxQueryDepth: 3, maxQueryComplexity: 30 });
    instance = await new Given(app).tenant();
  });
  afterAll(() => app.close());

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const deep = '{ tenant { settings { allowedEmailDomains } } }';
    expect((await app.api.request(deep, {}, { token: instance.admin.token })).errors).toBeUndefined();
    const tooDeep = `mutation { signUp(input: { tenantSlug: "x", email: "a@b.cd", password: "xxxxxxxxxxxx", displayName: "x" }) { member { id } tenant { settings { allowedEmailDomains } } } }`;
    const refused = await app.api.request(tooDeep);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/nested 4 levels deep; the limit is 3/);
  });

  it('refuses a query that costs more than the complexity limit', async () => {
    const wide = `{ ${Array.from({ length: 12 }, (_, i) => `t${i}: tenant { id name slug }`).join(' ')} }`;
    const refused = await app.api.request(wide, {}, { token: instance.admin.token });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused.errors?.[0].message).toMatch(/too large/);
  });

  it('answers malformed queries and unknown fields with BAD_USER_INPUT and no stack trace', async () => {
    for (const query of ['{ tenant { ', '{ tenant { nope } }']) {
      const result = await app.api.request(query, {}, { token: instance.admin.token });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at \w+ \(/i);
    }
  });

  it('refuses an Amount with a third decimal place as bad input', async () => {
    const result = await app.api.request(
      'mutation { updateTenantSettings(input: { startingGrant: "1.005" }) { id } }',
      {},
      { token: instance.admin.token },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/at most two decimal places/);
  });

  it('hides the cause of an unexpected failure behind a generic INTERNAL_SERVER_ERROR', async () => {
    // A token for a tenant id that is not a uuid makes PostgreSQL itself fail inside the request.
    const broken = app.app.get(AuthService).tokens.sign({ id: 'x', tenantId: 'not-a-uuid', tokenVersion: 0 });
    const result = await app.api.request('{ me { id } }', {}, { token: broken });
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toMatch(/uuid|syntax|SELECT|postgres/i);
  });
});
