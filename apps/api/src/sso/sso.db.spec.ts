import { Client } from 'pg';
import { startWithInstance } from '../testing/app-with-instance';
import type { Given, GivenTenant } from '../testing/given';
import type { TestApp } from '../testing/test-app';

const CONFIGURE = `mutation($input: SsoInput!) { configureSso(input: $input) { issuer clientId enabled redirectUri } }`;
const SETTINGS = `{ ssoSettings { issuer clientId enabled } tenant { settings { ssoEnabled } } }`;
const SECRET = 'the-client-secret-nobody-may-read-back';

/** The sign-in itself, against a real provider in the browser, is in tests/acceptance/reaching-people.spec.ts. */
describe('single sign-on settings', () => {
  let app: TestApp;
  let given: Given;
  let instance: GivenTenant;

  beforeAll(async () => {
    ({ app, given, instance } = await startWithInstance());
  });
  afterAll(() => app.close());

  const admin = () => ({ token: instance.admin.token });

  it('keeps the client secret sealed and never answers with it', async () => {
    const input = { issuer: 'https://login.example.gov.uk/', clientId: 'ideas', clientSecret: SECRET, enabled: false };
    expect(await app.api.ok(CONFIGURE, { input }, admin())).toEqual({
      configureSso: {
        issuer: 'https://login.example.gov.uk',
        clientId: 'ideas',
        enabled: false,
        redirectUri: `${app.config.publicUrl}/${instance.slug}/auth/oidc/callback`,
      },
    });
    expect(await app.api.ok(SETTINGS, {}, admin())).toEqual({
      ssoSettings: { issuer: 'https://login.example.gov.uk', clientId: 'ideas', enabled: false },
      tenant: { settings: { ssoEnabled: false } },
    });
    const owner = new Client({ connectionString: app.urls.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ stored: string }>(`SELECT sso_client_secret AS stored FROM tenants WHERE id = $1`, [
        instance.tenant.id,
      ]);
      expect(rows[0].stored).toMatch(/^v1\./);
      expect(rows[0].stored).not.toContain(SECRET);
    } finally {
      await owner.end();
    }
  });

  it('is for admins, and refuses an issuer it cannot use', async () => {
    const member = await given.member(instance);
    const input = { issuer: 'https://login.example.gov.uk', clientId: 'ideas', clientSecret: SECRET, enabled: false };
    expect(await app.api.code(CONFIGURE, { input }, { token: member.token })).toBe('FORBIDDEN');
    expect(await app.api.code(`{ ssoSettings { issuer } }`, {}, { token: member.token })).toBe('FORBIDDEN');
    expect(await app.api.code(CONFIGURE, { input: { ...input, issuer: 'http://login.example.gov.uk' } }, admin())).toBe('BAD_USER_INPUT');
    expect(await app.api.code(CONFIGURE, { input: { ...input, issuer: 'not a url' } }, admin())).toBe('BAD_USER_INPUT');
    // Turning it on reads the provider's configuration first; nothing answers there.
    expect(await app.api.code(CONFIGURE, { input: { ...input, issuer: 'http://127.0.0.1:9', enabled: true } }, admin())).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('sends a browser back to the sign-in page, saying why, where single sign-on is off', async () => {
    const response = await fetch(`${app.url}/${instance.slug}/auth/oidc`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/${instance.slug}/sign-in?sso=not-enabled`);
    const callback = await fetch(`${app.url}/${instance.slug}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(callback.headers.get('location')).toBe(`/${instance.slug}/sign-in?sso=not-enabled`);
  });
});
