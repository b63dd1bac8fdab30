// How every browser test and the web benchmark start Chromium: Debian's own (never one a tool
// downloads), headless, with the flags that let it run as root in a container without a GPU or
// a shared-memory mount, and without background traffic. CommonJS, so that both the TypeScript
// suites and the .mjs benchmarks load it.
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

module.exports = { launchChromium };
