import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config/app-config';
import { createLogger } from './common/logging/logger';

/**
 * Writes the schema the API serves to apps/api/schema.graphql, the input of the web app's
 * codegen. It boots the real app on a throwaway database, so the file is exactly what is served.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ix-schema-'));
  const logger = createLogger('warn');
  const config = loadConfig({ ...process.env, DATABASE_URL: '' }, { dataDir, port: 0, seedDemo: false, webDist: undefined });
  const running = await createApp({ config, logger });
  try {
    const schema = running.app.get(GraphQLSchemaHost).schema;
    const out = resolve(process.argv[2] ?? 'apps/api/schema.graphql');
    writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
    process.stdout.write(`schema written to ${out}\n`);
  } finally {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
