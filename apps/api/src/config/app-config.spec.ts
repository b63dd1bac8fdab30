import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, MIN_SECRET_BYTES } from './app-config';

const LONG = 'a-secret-of-exactly-thirty-two-b';

describe('loading the configuration', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'ix-config-'));

  describe('secrets', () => {
    it.each([
      ['JWT_SECRET', { JWT_SECRET: 'too-short', OPERATOR_TOKEN: LONG }],
      ['OPERATOR_TOKEN', { JWT_SECRET: LONG, OPERATOR_TOKEN: 'x'.repeat(MIN_SECRET_BYTES - 1) }],
    ])('refuses a %s under 32 bytes with one message that says what to change', (name, env) => {
      const load = () => loadConfig({ DATA_DIR: dataDir(), ...env });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(new RegExp(`^${name} is \\d+ bytes; it must be at least 32\\. .*openssl rand`));
    });

    it('counts bytes, not characters', () => {
      // 16 characters of two bytes each are 32 bytes.
      expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: 'é'.repeat(16), OPERATOR_TOKEN: LONG }).jwtSecret).toBe('é'.repeat(16));
    });

    it('generates long enough secrets when none are set, and keeps them in DATA_DIR', () => {
      const dir = dataDir();
      const config = loadConfig({ DATA_DIR: dir });
      expect(Buffer.byteLength(config.jwtSecret)).toBeGreaterThanOrEqual(MIN_SECRET_BYTES);
      expect(Buffer.byteLength(config.operatorToken)).toBeGreaterThanOrEqual(MIN_SECRET_BYTES);
      expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(config.jwtSecret);
      expect(loadConfig({ DATA_DIR: dir }).operatorToken).toBe(config.operatorToken);
    });
  });

  describe('demo seeding', () => {
    const seeds = (env: Record<string, string>) =>
      loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: LONG, OPERATOR_TOKEN: LONG, ...env }).seedDemo;

    it('is on for a local start, and off when asked', () => {
      expect(seeds({})).toBe(true);
      expect(seeds({ SEED_DEMO: 'false' })).toBe(false);
    });

    it('is off under NODE_ENV=production unless SEED_DEMO=true', () => {
      expect(seeds({ NODE_ENV: 'production' })).toBe(false);
      expect(seeds({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toBe(true);
    });
  });
});
