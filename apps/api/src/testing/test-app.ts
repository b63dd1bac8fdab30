import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import pino from 'pino';
import { createApp, type RunningApp } from '../app';
import { loadConfig, type AppConfig } from '../config/app-config';
import { GraphQLClient } from './graphql-client';

export interface TestApp extends RunningApp {
  api: GraphQLClient;
  config: AppConfig;
}

const GENEROUS = { perAddress: 100_000, perAccount: 100_000, windowMs: 60_000 };

/**
 * The real app on the run's shared PostgreSQL (see tests/support/global-setup.ts), on a free
 * port, with rate limits out of the way unless a test sets them. Serves dist/web when built.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const appUrl = process.env.IX_TEST_APP_URL;
  const ownerUrl = process.env.IX_TEST_OWNER_URL;
  if (!appUrl || !ownerUrl) throw new Error('No test database: run the tests through Jest (its global setup starts one).');
  // IX_TEST_WEB_DIST lets parallel work build the web app elsewhere without clobbering dist/web.
  const webDist = resolve(process.env.IX_TEST_WEB_DIST ?? resolve(__dirname, '../../../../dist/web'));
  const config = loadConfig(
    { OPERATOR_TOKEN: 'test-operator-token-that-is-long-enough', JWT_SECRET: 'test-jwt-secret-that-is-long-enough' },
    {
      dataDir: mkdtempSync(join(tmpdir(), 'ix-app-')),
      port: 0,
      seedDemo: false,
      webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
      logIn: GENEROUS,
      signUp: GENEROUS,
      // Background jobs run when a test asks (runOnce, deliverDue), not on a timer.
      jobIntervalMs: 0,
      ...overrides,
    },
  );
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const running = await createApp({ config, logger, database: { appUrl, ownerUrl } });
  return { ...running, config, api: new GraphQLClient(`${running.url}/graphql`) };
}
