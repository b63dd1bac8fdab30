import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__IX_POSTGRES__?.stop();
  if (process.env.IX_TEST_DATA_DIR) rmSync(process.env.IX_TEST_DATA_DIR, { recursive: true, force: true });
}
