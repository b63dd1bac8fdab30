#!/usr/bin/env node
// `npm run bench:demo`: how long a fresh install takes to serve the demo instance. The built app
// starts as its own process on a fresh embedded PostgreSQL, `--runs` times with the demo and as
// many without (SEED_DEMO=false), each timed from spawn until /health answers (the demo is
// seeded before the app listens); the difference is the demo's story. The CPU seconds the app
// and its PostgreSQL used until then are steadier than wall time on a busy machine. Each demo run
// also reports its floated market's price history (points and the days it spans). Not part of
// `npm test`.
//
//   npm run bench:demo -- --runs 3 --out tmp/bench-demo.json
import { build, cpuMeter, gql, machine, options, progress, startApp, writeReport } from './harness.mjs';

const opts = options(process.argv.slice(2), { runs: 3, build: 'yes', out: '' });
const DAY = 24 * 60 * 60 * 1000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The floated demo market's price history, as a member sees it. */
async function floatedHistory(url) {
  const { logIn } = await gql(url, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
    input: { tenantSlug: 'demo', email: 'ada@demo.gov.uk', password: 'idea-exchange-demo' },
  });
  const { ideas } = await gql(url, '{ ideas(first: 20) { edges { node { id stage } } } }', {}, logIn.token);
  const floated = ideas.edges.find((edge) => edge.node.stage === 'INVESTMENT').node;
  const { priceHistory } = await gql(url, 'query($id: ID!) { priceHistory(ideaId: $id) { at priceYes } }', { id: floated.id }, logIn.token);
  const moments = priceHistory.map((point) => Date.parse(point.at));
  return { points: priceHistory.length, spanDays: +((moments[moments.length - 1] - moments[0]) / DAY).toFixed(1) };
}

async function timedStart(seedDemo) {
  const started = Date.now();
  const app = await startApp({ SEED_DEMO: seedDemo ? 'true' : 'false' });
  const ms = Date.now() - started;
  // CPU seconds of the app and its PostgreSQL until healthy: steadier than wall time on a shared machine.
  const { app: appCpu, database: databaseCpu } = cpuMeter(app.child.pid, app.postmasterPid)();
  try {
    return { ms, cpuSeconds: +(appCpu + databaseCpu).toFixed(1), ...(seedDemo ? await floatedHistory(app.url) : {}) };
  } finally {
    await app.stop();
  }
}

build(opts.build);
const report = { machine: machine(), runs: opts.runs, withDemo: [], withoutDemo: [] };
for (let run = 1; run <= opts.runs; run++) {
  progress(`run ${run} of ${opts.runs}`, false);
  report.withDemo.push(await timedStart(true));
  report.withoutDemo.push(await timedStart(false));
}
progress('');
report.medianMs = {
  withDemo: median(report.withDemo.map((r) => r.ms)),
  withoutDemo: median(report.withoutDemo.map((r) => r.ms)),
};
report.medianMs.demoStory = report.medianMs.withDemo - report.medianMs.withoutDemo;
report.medianCpuSeconds = {
  withDemo: median(report.withDemo.map((r) => r.cpuSeconds)),
  withoutDemo: median(report.withoutDemo.map((r) => r.cpuSeconds)),
};
console.log(JSON.stringify(report, null, 2));
writeReport(opts.out, report);
