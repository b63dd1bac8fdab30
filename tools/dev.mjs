#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change, and the Vite dev server with reload
// (it proxies /graphql to the API). API on API_PORT (3000), web on WEB_PORT (5173).
import { spawn, spawnSync } from 'node:child_process';

if (spawnSync('npm', ['run', '--silent', 'build:api'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const apiPort = process.env.API_PORT ?? '3000';
const children = [
  spawn('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn('npx', ['tsc-alias', '-p', 'apps/api/tsconfig.app.json', '--watch'], { stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=dist/api', '--enable-source-maps', 'dist/api/apps/api/src/main.js'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.mts', '--port', process.env.WEB_PORT ?? '5173'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
