import { createApp } from './app';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger } from './common/logging/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.operatorTokenGenerated) {
    // Printed once, on the start that created it; it is saved under the data folder.
    process.stdout.write(`\nPlatform operator token (saved in ${config.dataDir}/operator-token): ${config.operatorToken}\n\n`);
  }
  const running = await createApp({ config, logger });
  logger.info({ url: running.url.replace('127.0.0.1', 'localhost'), web: Boolean(config.webDist) }, 'Idea Exchange is running');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await running.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A configuration refusal is one line that says what to change; anything else is a fault.
  const reason = error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`Idea Exchange failed to start: ${reason}\n`);
  process.exit(1);
});
