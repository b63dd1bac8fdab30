#!/usr/bin/env node
// `npm run bench:ideas` (or `bench:similar`): the two reads of a big instance's ideas, on one seed.
// Loads --ideas ideas (titles and descriptions drawn from an English and Welsh vocabulary, all but
// a few hundred in bulk through SQL, 100,000 in about two minutes) into a fresh instance of the
// built app, then times over HTTP, as a member:
// - similarIdeas for a near-duplicate of an existing title (one word dropped, one misspelt) and
//   for a fresh combination of words, with how often the original came back first;
// - the idea feed (the web app's list query, a page of 20, newest first): the first page, and the
//   pages after it following endCursor;
// - the moderation page's merge queue (likelyDuplicates, 20 pairs), as an admin;
// and the SQL statements each request runs (pg_stat_statements, loaded by a restart).
// Not part of `npm test`.
//
//   npm run bench:ideas -- --ideas 100000 --runs 200 --out tmp/bench-ideas.json
import { build, createInstance, gql, machine, options, PASSWORD, pg, progress, startApp, timeEach, writeReport } from './harness.mjs';

const opts = options(process.argv.slice(2), { ideas: 100_000, runs: 200, build: 'yes', out: '' });

// Words ideas in a public body use; Welsh ones too, so both languages share the index.
const VOCABULARY = `
paper printing printer duplex toner envelope post letters scanning archive records filing storage office desk meeting
room booking calendar travel train mileage expenses claims receipts approval invoices payment supplier contract
procurement framework energy heating lighting sensor timer thermostat window insulation solar panels recycling waste
bins compost canteen food coffee water fountain plastic cups bottles cycling bike parking shower lockers car pool
electric vehicle charging fleet vans routes scheduling rota shifts overtime leave holiday sickness wellbeing training
mentoring induction onboarding handbook intranet search portal forms online digital signature automation workflow
chatbot helpdesk tickets laptop monitor headset licences software cloud backup passwords security phishing badges
visitors reception signage accessibility captions translation welsh language customer complaints feedback survey
citizens residents council tax benefits housing repairs tenants inspections planning permits licensing parking fines
library books volunteers schools meals transport grants funding budget forecast savings audit risk register policy
guidance templates reports dashboards data sharing analytics spreadsheet duplicates cleansing address postcode
mapping gritting potholes streetlights trees parks cleaning graffiti flytipping enforcement cameras radios drones
papur argraffu argraffydd swyddfa cyfarfod ystafell teithio treuliau derbynebau taliadau cyflenwr ynni gwres golau
ailgylchu gwastraff bwyd dwr beicio parcio car trydan gwefru amserlen gwyliau lles hyfforddiant ffurflenni digidol
llofnod meddalwedd cyfrinair diogelwch ymwelwyr arwyddion cymraeg cwsmeriaid cwynion adborth trigolion tai atgyweirio
llyfrgell ysgolion prydau cludiant grantiau cyllideb arbedion polisi canllawiau adroddiadau data cyfeiriad coed parciau
`
  .trim()
  .split(/\s+/);

// A public body's ideas use thousands of words, not two hundred: made-up words from syllables
// stand in for the rest of the language, so titles share words about as often as real ones do.
const SYLLABLES = ['ba', 'co', 'di', 'fe', 'ga', 'hu', 'ki', 'lo', 'ma', 'ne', 'po', 'ri', 'sa', 'tu', 'vo', 'wy', 'dd', 'll', 'ch', 'rh'];
for (let i = 0; VOCABULARY.length < 5000; i++) {
  VOCABULARY.push(`${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}n`);
}

const SIMILAR = 'query($t: String!) { similarIdeas(title: $t, first: 5) { score idea { id title } } }';
const LIKELY_DUPLICATES = '{ likelyDuplicates(first: 20) { score source { id } target { id } } }';
// The web app's list page (apps/web/src/ideas/ideas.graphql, IdeaList with IdeaSummary).
const FEED = `query($after: String) {
  ideas(first: 20, sort: NEWEST, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title stage tags hidden supportCount commentCount buzzScore createdAt
      author { id displayName } market { id open priceYes } } }
  }
}`;

// Welsh ideas draw on the Welsh words and the made-up ones; English ideas on all of them.
const WELSH = VOCABULARY.slice(VOCABULARY.indexOf('papur'), VOCABULARY.indexOf('parciau') + 1);
const WELSH_VOCABULARY = [...WELSH, ...VOCABULARY.slice(VOCABULARY.indexOf('parciau') + 1)];
const OPENERS = {
  en: ['Switch to', 'Reduce', 'Replace the', 'Share', 'Automate', 'Stop printing', 'Introduce', 'Move the', 'Cut the cost of', 'Offer'],
  cy: ['Newid i', 'Lleihau', 'Rhannu', 'Symud', 'Cyflwyno', 'Arbed ar'],
};
const SENTENCES = {
  en: ['At the moment we', 'We could', 'This would save', 'Staff have asked about', 'Other councils already', 'It needs'],
  cy: ['Ar hyn o bryd rydym yn', 'Gallem', 'Byddai hyn yn arbed', 'Mae staff wedi gofyn am', 'Mae angen'],
};
/** Every seventh idea is in Welsh, as in a bilingual public body. */
const WELSH_EVERY = 7;
/** Ideas submitted through the API, so the app's own write path and triggers run as well. */
const THROUGH_API = 300;

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const sentenceCase = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (list, count) => Array.from({ length: count }, () => pick(list)).join(' ');

/** An idea as a member would write it: a title of an opener and 3 to 7 words, a few sentences of description. */
function writeIdea(welsh) {
  const [list, openers, sentences] = welsh ? [WELSH_VOCABULARY, OPENERS.cy, SENTENCES.cy] : [VOCABULARY, OPENERS.en, SENTENCES.en];
  const title = sentenceCase(`${pick(openers)} ${words(list, 3 + Math.floor(Math.random() * 5))}`);
  const description = Array.from(
    { length: 3 + Math.floor(Math.random() * 4) },
    () => `${pick(sentences)} ${words(list, 6 + Math.floor(Math.random() * 8))}.`,
  ).join(' ');
  return { title, description };
}

/**
 * Bulk-loads `count` ideas as the owning role in one transaction, as the SQL twin of writeIdea:
 * one INSERT ... SELECT from generate_series, whose statement triggers fill idea_words,
 * idea_title_trigrams and idea_counts in one pass each. What made it take 26 minutes at 100,000
 * is set aside for the load and put back the way a bulk load would: the per-row foreign key
 * checks of the millions of idea_words rows (their ideas are inserted by the same statement) and
 * the GIN indexes on ideas, rebuilt afterwards by one sort each rather than updated row by row.
 */
async function bulkSeed(db, tenantId, authorId, count) {
  await db.query('BEGIN');
  try {
    await db.query(`SET LOCAL work_mem = '256MB'`);
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await db.query('SET LOCAL synchronous_commit = off');
    const { rows: gin } = await db.query(
      `SELECT c.relname AS name, pg_get_indexdef(c.oid) AS definition
         FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE x.indrelid = 'ideas'::regclass AND a.amname = 'gin'`,
    );
    for (const index of gin) await db.query(`DROP INDEX ${index.name}`);
    await db.query('ALTER TABLE idea_words DISABLE TRIGGER ALL');
    await db.query(
      `INSERT INTO ideas (tenant_id, author_id, title, description, stage, created_at)
       SELECT $1, $2,
              -- Each subquery names g (or s), so it is drawn again for every row rather than once.
              upper(left(t.title, 1)) || substr(t.title, 2), d.description, 'BUZZ', now() - make_interval(mins => g)
         FROM generate_series(1, $3::int) g
              CROSS JOIN LATERAL (SELECT CASE WHEN g % $4 = 0 THEN $7::text[] ELSE $5::text[] END AS w,
                                         CASE WHEN g % $4 = 0 THEN $8::text[] ELSE $6::text[] END AS openers,
                                         CASE WHEN g % $4 = 0 THEN $10::text[] ELSE $9::text[] END AS sentences) v
              CROSS JOIN LATERAL (
                SELECT v.openers[1 + floor(random() * cardinality(v.openers))::int] || ' ' ||
                       array_to_string(ARRAY(SELECT v.w[1 + floor(random() * cardinality(v.w))::int]
                                               FROM generate_series(1, 3 + g % 5)), ' ') AS title) t
              CROSS JOIN LATERAL (
                SELECT array_to_string(ARRAY(
                         SELECT v.sentences[1 + floor(random() * cardinality(v.sentences))::int] || ' ' ||
                                array_to_string(ARRAY(SELECT v.w[1 + floor(random() * cardinality(v.w))::int]
                                                        FROM generate_series(1, 6 + (g + s) % 8)), ' ') || '.'
                           FROM generate_series(1, 3 + g % 4) s), ' ') AS description) d`,
      [tenantId, authorId, count, WELSH_EVERY, VOCABULARY, OPENERS.en, WELSH_VOCABULARY, OPENERS.cy, SENTENCES.en, SENTENCES.cy],
    );
    await db.query('ALTER TABLE idea_words ENABLE TRIGGER ALL');
    for (const index of gin) await db.query(index.definition);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** `count` ideas in all: THROUGH_API of them submitted over HTTP as the newest, the rest in bulk. */
async function seed(db, url, tenantId, author, count) {
  const viaApi = Math.min(THROUGH_API, count);
  let started = Date.now();
  const lap = (what) => {
    progress(`  ${what} in ${Math.round((Date.now() - started) / 100) / 10} s`);
    started = Date.now();
  };
  await bulkSeed(db, tenantId, author.memberId, count - viaApi);
  lap(`${count - viaApi} ideas in bulk`);
  for (let i = 0; i < viaApi; i++) {
    await gql(
      url,
      'mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }',
      { i: writeIdea(i % WELSH_EVERY === 0) },
      author.token,
    );
  }
  lap(`${viaApi} ideas through the API`);
  // As autovacuum would in time: statistics for the planner, a visibility map for index-only scans.
  await db.query('VACUUM ANALYZE ideas, idea_words, idea_title_trigrams, idea_counts');
  lap('VACUUM ANALYZE');
}

function nearDuplicate(title) {
  const words = title.split(' ');
  words.splice(Math.floor(Math.random() * words.length), 1);
  const i = Math.floor(Math.random() * words.length);
  if (words[i].length > 4) words[i] = words[i].slice(0, -2) + words[i].slice(-1);
  return words.join(' ');
}

function freshTitle() {
  return writeIdea(Math.random() < 1 / WELSH_EVERY).title;
}

/** Times `work` over `inputs` in turn (10 warm-up calls first). */
async function timeInputs(inputs, work) {
  let next = 0;
  const answers = [];
  const timing = await timeEach(inputs.length, async () => {
    const input = inputs[next++ % inputs.length];
    answers.push({ input, answer: await work(input) });
  });
  return { timing, answers: answers.slice(-inputs.length) };
}

/**
 * The SQL statements one request runs, counted by pg_stat_statements while `requests` requests are
 * made one after another. Statements that differ only in the length of a parameter list count as
 * one; each is credited with its calls per request rounded to the nearest whole number, so the
 * app's background jobs, which run now and then through the same BEGIN and COMMIT, add nothing.
 */
async function statementsPerRequest(db, requests, request) {
  await db.query('SELECT pg_stat_statements_reset()');
  for (let i = 0; i < requests; i++) await request(i);
  const { rows } = await db.query(
    `SELECT round(sum(s.calls)::numeric / $1)::int AS "perRequest", q.query
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            CROSS JOIN LATERAL (SELECT left(regexp_replace(regexp_replace(s.query, '\\$\\d+(, \\$\\d+)*', '$n', 'g'), '\\s+', ' ', 'g'), 100) AS query) q
      WHERE s.userid = 'ix_app'::regrole AND d.datname = current_database()
      GROUP BY q.query HAVING round(sum(s.calls)::numeric / $1) >= 1
      ORDER BY 1 DESC, 2`,
    [requests],
  );
  return { perRequest: rows.reduce((sum, row) => sum + row.perRequest, 0), statements: rows };
}

async function main() {
  build(opts.build);
  const app = await startApp();
  // pg_stat_statements is loaded at server start only.
  const setup = new pg.Client({ connectionString: app.superDatabaseUrl });
  await setup.connect();
  await setup.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await setup.end();
  await app.restart();
  const db = new pg.Client({ connectionString: app.superDatabaseUrl });
  try {
    await db.connect();
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { tenantId, slug, admin } = await createInstance(app.url, { name: 'Ideas benchmark' });
    await gql(app.url, 'mutation { updateTenantSettings(input: { requireEmailVerification: false }) { id } }', {}, admin.token);
    const { signUp } = await gql(app.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { tenantSlug: slug, email: 'reader@bench.gov.uk', password: PASSWORD, displayName: 'Reader' },
    });
    const reader = signUp.token;

    progress(`seeding ${opts.ideas} ideas (and their words), all but ${THROUGH_API} in one statement`, false);
    const seedStarted = Date.now();
    await seed(db, app.url, tenantId, admin, opts.ideas);
    const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
    progress(`seeded ${opts.ideas} ideas in ${seedSeconds} s`);

    const sample = await db.query('SELECT id, title FROM ideas WHERE tenant_id = $1 ORDER BY random() LIMIT $2', [tenantId, opts.runs]);
    const similar = async (title) => (await gql(app.url, SIMILAR, { t: title }, reader)).similarIdeas;
    progress('similarIdeas: near-duplicates', false);
    const near = await timeInputs(
      sample.rows.map((row) => ({ id: row.id, typed: nearDuplicate(row.title) })),
      (input) => similar(input.typed),
    );
    progress('similarIdeas: fresh titles', false);
    const fresh = await timeInputs(Array.from({ length: opts.runs }, freshTitle), similar);
    const firstHits = near.answers.filter(({ input, answer }) => answer[0]?.idea.id === input.id).length;
    const anyHits = near.answers.filter(({ input, answer }) => answer.some((match) => match.idea.id === input.id)).length;
    const similarStatements = await statementsPerRequest(db, 100, (i) => similar(nearDuplicate(sample.rows[i % sample.rows.length].title)));

    const feedPage = async (after) => (await gql(app.url, FEED, { after }, reader)).ideas;
    progress('feed: first page', false);
    const firstPage = await timeEach(opts.runs, () => feedPage(null));
    progress('feed: following pages', false);
    let cursor = null;
    const nextPages = await timeEach(opts.runs, async () => {
      const page = await feedPage(cursor);
      cursor = page.pageInfo.endCursor;
    });
    // Pages after the first, all with a cursor: the same statements every time.
    let statementsCursor = (await feedPage(null)).pageInfo.endCursor;
    const feedStatements = await statementsPerRequest(db, 100, async () => {
      statementsCursor = (await feedPage(statementsCursor)).pageInfo.endCursor;
    });

    // The moderation page's merge queue: bounded work however many ideas there are.
    progress('merge queue: likelyDuplicates', false);
    let queued = 0;
    const mergeQueue = await timeEach(Math.min(opts.runs, 50), async () => {
      queued = (await gql(app.url, LIKELY_DUPLICATES, {}, admin.token)).likelyDuplicates.length;
    });

    // What any request costs here (HTTP, sign-in check, GraphQL) without reading an idea: the floor.
    progress('floor: an empty query', false);
    const floor = await timeEach(opts.runs, () => gql(app.url, '{ __typename }', {}, reader));

    const results = {
      floor,
      similarIdeas: {
        nearDuplicate: { ...near.timing, originalFirst: `${firstHits}/${opts.runs}`, originalInTop5: `${anyHits}/${opts.runs}` },
        freshTitle: fresh.timing,
        statementsPerRequest: similarStatements.perRequest,
      },
      feed: { firstPage, nextPages, statementsPerRequest: feedStatements.perRequest },
      mergeQueue: { ...mergeQueue, pairs: queued },
    };
    progress(
      `similarIdeas near-duplicate p50 ${near.timing.p50} ms p95 ${near.timing.p95} ms (original first ${firstHits}/${opts.runs}, in top 5 ${anyHits}/${opts.runs})\n` +
        `similarIdeas fresh title    p50 ${fresh.timing.p50} ms p95 ${fresh.timing.p95} ms; ${similarStatements.perRequest} statements a request\n` +
        `feed first page             p50 ${firstPage.p50} ms p95 ${firstPage.p95} ms\n` +
        `feed following pages        p50 ${nextPages.p50} ms p95 ${nextPages.p95} ms; ${feedStatements.perRequest} statements a request\n` +
        `merge queue                 p50 ${mergeQueue.p50} ms p95 ${mergeQueue.p95} ms (${queued} pairs)\n` +
        `floor (an empty query)      p50 ${floor.p50} ms p95 ${floor.p95} ms`,
    );
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      command: `npm run bench:ideas -- ${process.argv.slice(2).join(' ')}`.trim(),
      seeded: { ideas: opts.ideas, vocabulary: VOCABULARY.length, seconds: seedSeconds },
      runsPerKind: opts.runs,
      results,
      statements: { similarIdeas: similarStatements.statements, feed: feedStatements.statements },
    };
    console.log(JSON.stringify(report, null, 2));
    writeReport(opts.out, report);
  } finally {
    await db.end().catch(() => undefined);
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
