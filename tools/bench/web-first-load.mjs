#!/usr/bin/env node
// `npm run bench:web`: how soon a cold load of an instance's sign-in page can be used, and what
// it downloads. The built app runs as its own process (API and web app, as in production) on a
// fresh embedded PostgreSQL; Debian's Chromium opens the page `--runs` times, each time in a new
// browser context (empty cache, no service worker, no cookies). Timed from the navigation's start
// (the page's own clock) until the e-mail field is on the page, enabled and takes focus, and the
// form's submit button is enabled; then the field must take typing.
// Not part of `npm test`.
//
//   npm run bench:web -- --runs 21 --out tmp/bench-web.json
//   npm run bench:web -- --language cy   (a reader who chose Welsh: the page fetches its Welsh too)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build, createInstance, machine, options, progress, require, root, startApp, writeReport } from './harness.mjs';

const { launchChromium } = require('../../tests/support/chromium.cjs');

const opts = options(process.argv.slice(2), { runs: 21, build: 'yes', out: '', language: 'en' });
const WEB_DIST = join(root, 'dist/web');

function buildWeb(when) {
  if (when === 'no') return;
  progress('building the web app (npm run build:web)');
  const built = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build:web failed');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms);

/** One cold load: milliseconds until the form is usable, and the bytes sent over the wire by kind. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The language switcher's choice, as the app keeps it, there before the page's first script runs.
  if (opts.language !== 'en')
    await context.addInitScript((language) => localStorage.setItem('idea-exchange:language', language), opts.language);
  const page = await context.newPage();
  const network = await context.newCDPSession(page);
  const kinds = new Map();
  const bytes = { script: 0, stylesheet: 0, document: 0, graphql: 0, other: 0 };
  network.on('Network.responseReceived', ({ requestId, type, response }) => {
    const path = new URL(response.url).pathname;
    kinds.set(
      requestId,
      path === '/graphql' ? 'graphql' : ({ Script: 'script', Stylesheet: 'stylesheet', Document: 'document' }[type] ?? 'other'),
    );
  });
  network.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    bytes[kinds.get(requestId) ?? 'other'] += encodedDataLength;
  });
  await network.send('Network.enable');
  await network.send('Network.setCacheDisabled', { cacheDisabled: true });

  await page.goto(url, { waitUntil: 'commit' });
  // Checked at every frame in the page itself; performance.now() counts from the navigation's start.
  // Usable: the e-mail field shown, enabled and taking focus, and the form's submit button enabled.
  const usableAt = await page.waitForFunction(
    () => {
      const field = document.querySelector('input[type="email"]');
      const submit = field?.form?.querySelector('button[type="submit"]');
      if (!field || field.disabled || !submit || submit.disabled || getComputedStyle(field).visibility === 'hidden') return null;
      field.focus();
      return document.activeElement === field ? performance.now() : null;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = await usableAt.jsonValue();
  // Interactive, not only drawn: it takes typing.
  const field = page.locator('input[type="email"]');
  await field.fill('someone@example.gov.uk');
  if ((await field.inputValue()) !== 'someone@example.gov.uk') throw new Error('the e-mail field did not take typing');
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, bytes };
}

build(opts.build);
buildWeb(opts.build);
progress('starting the app on a fresh database');
const app = await startApp({ WEB_DIST });
try {
  const { slug } = await createInstance(app.url, { name: 'Web bench' });
  const url = `${app.url}/${slug}/sign-in`;
  const browser = await launchChromium();
  try {
    // One load first, not counted: the app's and PostgreSQL's own first-request work is not the page's.
    await coldLoad(browser, url);
    const loads = [];
    for (let i = 0; i < opts.runs; i++) {
      progress(`cold load ${i + 1} of ${opts.runs}`, false);
      loads.push(await coldLoad(browser, url));
    }
    progress(`${opts.runs} cold loads done`);
    const times = loads.map((load) => load.ms);
    const first = loads[0].bytes;
    const report = {
      what: 'cold load of /:slug/sign-in until the e-mail field is enabled and takes focus and the submit button is enabled',
      runs: opts.runs,
      language: opts.language,
      usableMs: { median: round(median(times)), min: round(Math.min(...times)), max: round(Math.max(...times)) },
      // Bytes on the wire (compressed as sent, headers included) of one cold load.
      firstLoadBytes: { ...first, total: Object.values(first).reduce((a, b) => a + b, 0) },
      machine: machine(),
    };
    console.log(
      `sign-in form usable after: median ${report.usableMs.median} ms (min ${report.usableMs.min}, max ${report.usableMs.max}) over ${opts.runs} cold loads`,
    );
    console.log(
      `first load on the wire: JavaScript ${(first.script / 1024).toFixed(1)} KiB, CSS ${(first.stylesheet / 1024).toFixed(1)} KiB, ` +
        `HTML ${(first.document / 1024).toFixed(1)} KiB, GraphQL ${(first.graphql / 1024).toFixed(1)} KiB, total ${(report.firstLoadBytes.total / 1024).toFixed(1)} KiB`,
    );
    writeReport(opts.out, report);
  } finally {
    await browser.close();
  }
} finally {
  await app.stop();
}
