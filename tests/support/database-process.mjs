// The embedded PostgreSQL as a process of its own, for suites that stop and restart the
// database under running API processes: prints its URLs as one JSON line, stops on SIGTERM.
// Usage: node tests/support/database-process.mjs DATA_DIR PORT
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pino from 'pino';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(resolve(import.meta.dirname, '../../dist/api/apps/api/src/database/embedded-postgres.js'));

const [dataDir, port] = process.argv.slice(2);
const running = await startEmbeddedPostgres(resolve(dataDir), pino({ level: 'warn' }), { port: Number(port) });
process.stdout.write(`${JSON.stringify({ appUrl: running.appUrl, ownerUrl: running.ownerUrl })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await running.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
