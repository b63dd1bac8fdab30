import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { startAppProcess } from '../support/app-process';

const LOG_IN = `mutation { logIn(input: { tenantSlug: "demo", email: "admin@demo.gov.uk", password: "idea-exchange-demo" }) { member { role } } }`;

async function logInDemoAdmin(url: string): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOG_IN }),
  });
  const body = (await response.json()) as { data?: { logIn: { member: { role: string } } } };
  return body.data?.logIn.member.role;
}

/** npm start's database: embedded PostgreSQL in DATA_DIR, clean on SIGTERM, recovering after kill -9. */
describe('the app with its embedded PostgreSQL, as a process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-lifecycle-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', OPERATOR_TOKEN: '', JWT_SECRET: '' };
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on an empty folder with the demo instance, prints the generated operator token once, and stops cleanly on SIGTERM', async () => {
    const app = await startAppProcess(env, await freePort());
    expect(await logInDemoAdmin(app.url)).toBe('ADMIN');
    const token = readFileSync(join(dataDir, 'operator-token'), 'utf8').trim();
    expect(app.output()).toContain(token);
    expect(app.output()).toMatch(/"msg":"Idea Exchange is running"/);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('keeps its data across restarts and does not print the token again', async () => {
    const app = await startAppProcess(env, await freePort());
    expect(await logInDemoAdmin(app.url)).toBe('ADMIN');
    expect(app.output()).not.toContain(readFileSync(join(dataDir, 'operator-token'), 'utf8').trim());
    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
  });

  it('recovers after kill -9 left its PostgreSQL running', async () => {
    const first = await startAppProcess(env, await freePort());
    first.child.kill('SIGKILL');
    await first.exited;
    const orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(() => process.kill(orphan, 0)).not.toThrow();

    const second = await startAppProcess(env, await freePort());
    expect(await logInDemoAdmin(second.url)).toBe('ADMIN');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
