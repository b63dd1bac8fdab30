import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type RunningApp } from '../../app';
import { loadConfig } from '../../config/app-config';
import { until } from '../../testing/until';
import { createLogger } from './logger';

describe('request logs and response headers', () => {
  let running: RunningApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const appUrl = process.env.IX_TEST_APP_URL;
    const ownerUrl = process.env.IX_TEST_OWNER_URL;
    if (!appUrl || !ownerUrl) throw new Error('No test database: run the tests through Jest.');
    const config = loadConfig(
      { OPERATOR_TOKEN: 'test-operator-token-of-at-least-32-bytes', JWT_SECRET: 'test-jwt-secret-that-is-long-enough-for-hs256' },
      { dataDir: mkdtempSync(join(tmpdir(), 'ix-log-')), port: 0, seedDemo: false, webDist: undefined },
    );
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    running = await createApp({ config, logger, database: { appUrl, ownerUrl } });
  });
  afterAll(() => running.close());

  it('logs each request without its query string or GraphQL variables', async () => {
    const response = await fetch(`${running.url}/graphql?token=secret-in-the-address`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': 'nowhere' },
      body: JSON.stringify({
        query: 'mutation LogIn($input: LogInInput!) { logIn(input: $input) { token } }',
        operationName: 'LogIn',
        variables: { input: { tenantSlug: 'nowhere', email: 'someone@example.gov.uk', password: 'secret-in-the-variables' } },
      }),
    });
    expect(response.status).toBe(200);
    // The request is logged once its response has gone, which may be after the client has read it.
    await until(() => lines.some((line) => (JSON.parse(line) as { msg: string }).msg === 'request'));

    const logged = lines.join('\n');
    expect(lines.map((line) => JSON.parse(line) as { msg: string; path?: string }).find((line) => line.msg === 'request')).toMatchObject({
      path: '/graphql',
    });
    expect(logged).not.toMatch(/secret-in-the-address|secret-in-the-variables|someone@example/);
  });

  it('sends the security headers: a CSP without inline code, no framing, HSTS, nosniff, a referrer policy', async () => {
    const response = await fetch(`${running.url}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
