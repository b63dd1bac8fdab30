#!/usr/bin/env node
// `npm start`: build what is missing or out of date, then run the API (which starts the embedded
// PostgreSQL, migrates, seeds the demo instance on an empty database and serves the web app).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  let latest = 0;
  if (!existsSync(path)) return latest;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  const dir = path;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'generated') continue;
    latest = Math.max(latest, newest(join(dir, entry.name)));
  }
  return latest;
}

function build(script, output, sources) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built > 0 && sources.every((dir) => newest(dir) <= built)) return;
  process.stdout.write(`Building (${script})...\n`);
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

build('build:api', 'dist/api/apps/api/src/main.js', ['apps/api/src', 'libs']);
if (existsSync('apps/web/vite.config.mts')) build('build:web', 'dist/web/index.html', ['apps/web/src', 'apps/web/index.html', 'libs']);

const server = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
