#!/usr/bin/env node
// `npm test`: build, type-check and lint everything, then run every Jest project once (unit,
// integration on a real PostgreSQL, browser and fault suites) and end with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const steps = [
  ['build the API (type-checks it)', 'npm', ['run', '--silent', 'build:api']],
  ['build the web app', 'npm', ['run', '--silent', 'build:web'], () => existsSync('apps/web/vite.config.mts')],
  ['type-check tests and the web app', 'npm', ['run', '--silent', 'typecheck']],
  // The module-boundary rule reads Nx's cached project graph and silently skips itself without one.
  ['compute the project graph for the boundary rule', 'npx', ['nx', 'show', 'projects'], undefined, { NX_DAEMON: 'false' }],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['check formatting', 'npx', ['prettier', '--check', '.']],
];

let failedSteps = 0;
let passedSteps = 0;
for (const [name, command, args, when, env] of steps) {
  if (when && !when()) continue;
  process.stdout.write(`\n== ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passedSteps += 1;
    process.stdout.write(`   ok (${seconds} s)\n`);
  } else {
    failedSteps += 1;
    process.stdout.write(`   FAILED: ${name} (${seconds} s)\n`);
  }
}

mkdirSync('tmp', { recursive: true });
const resultsFile = 'tmp/jest-results.json';
process.stdout.write('\n== jest (every project)\n');
const jest = spawnSync('npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  if (results.numTotalTests === 0) failed += 1;
} else {
  failed += 1;
}
if (jest.status !== 0 && failed === 0) failed += 1;

passed += passedSteps;
failed += failedSteps;
process.stdout.write(`\n(${passedSteps} build/lint steps and ${passed - passedSteps} tests passed)\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
