#!/usr/bin/env node
// Which apps/api/src folder owns each table, and where a folder reaches into another's tables: by
// SQL (FROM, JOIN, INTO, UPDATE, ...) or by using another folder's TypeORM entity as a value
// (getRepository(X), manager.find(X, ...), createQueryBuilder(X, ...)). A capability asks the
// owner's service instead. Run directly, it prints { unowned, staleOwners, foreign,
// unusedAllowances } as JSON; tests/boundaries/api-table-owners.spec.ts fails unless all are empty.
// `--source <folder>` reads another tree laid out like apps/api/src (the test's fixtures).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiSource } from './api-folder-imports.mjs';

/**
 * The owners of tables that have no TypeORM entity (an entity's table belongs to the entity's
 * folder). Every table the migrations create must have an owner, and every owner here a table.
 */
export const ownersWithoutEntity = {
  background_jobs: 'database',
  email_digests: 'notifications',
  idea_counts: 'ideas',
  idea_credits: 'ideas',
  idea_follows: 'ideas',
  idea_title_trigrams: 'ideas',
  idea_words: 'ideas',
  journal_entries: 'ledger',
  leaderboard_points: 'leaderboards',
  leaderboard_positions: 'leaderboards',
  leaderboard_score_buckets: 'leaderboards',
  leaderboard_scores: 'leaderboards',
  leaderboard_stale_markets: 'leaderboards',
  ledger_accounts: 'ledger',
  ledger_feed: 'ledger',
  live_events: 'live',
  markets: 'market',
  member_tokens: 'auth',
  notification_preferences: 'notifications',
  outcome_markets: 'outcome-markets',
  postings: 'ledger',
  rate_limit_counters: 'auth',
  recruits: 'recruitment',
  trades: 'market',
  webhook_deliveries: 'webhooks',
  webhooks: 'webhooks',
};

/**
 * Reaches into another folder's tables that are allowed, each with its reason. The test checks
 * every one still matches a use, so the list cannot go stale.
 */
export const allowances = [
  {
    reason: 'the entity registry lists every capability’s entities for TypeORM',
    matches: (use) => use.file === 'database/entities.ts',
  },
  {
    reason: 'the migrations create every capability’s tables',
    matches: (use) => use.file.startsWith('database/migrations/'),
  },
];

const tableReference = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING|TRUNCATE)\s+(?:ONLY\s+)?(?:public\.)?([a-z_][a-z0-9_]*)\b/g;
const createTable = /\bCREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)/g;
const entityDeclaration = /@Entity\(\s*'([a-z_][a-z0-9_]*)'[^)]*\)\s*export class (\w+)/g;

function sourceFiles(folder) {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
    });
}

function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 1 ? parts[0] : '(root)';
}

// Block comments, and line comments that do not sit inside a URL or a string's quotes.
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function read(source) {
  return sourceFiles(source).map((path) => ({
    file: relative(source, path).split(sep).join('/'),
    text: withoutComments(readFileSync(path, 'utf8')),
  }));
}

/** Each table's owning folder, from the entities and the list above; the tables the migrations create. */
export function tableOwners(files) {
  const owners = new Map();
  const entities = new Map();
  for (const { file, text } of files) {
    for (const [, table, entity] of text.matchAll(entityDeclaration)) {
      owners.set(table, folderOf(file));
      entities.set(entity, { table, owner: folderOf(file) });
    }
  }
  for (const [table, owner] of Object.entries(ownersWithoutEntity)) if (!owners.has(table)) owners.set(table, owner);
  const created = new Set(
    files
      .filter(({ file }) => file.startsWith('database/migrations/'))
      .flatMap(({ text }) => [...text.matchAll(createTable)].map((match) => match[1])),
  );
  return { owners, entities, created };
}

/** Every use of a table by a folder other than its owner, as { from, table, owner, file, how }. */
export function foreignUses(files, { owners, entities }) {
  const found = [];
  for (const { file, text } of files) {
    const from = folderOf(file);
    const seen = new Set();
    const note = (table, owner, how) => {
      const key = `${table} ${how}`;
      if (owner === from || seen.has(key)) return;
      seen.add(key);
      found.push({ from, table, owner, file, how });
    };
    for (const [, table] of text.matchAll(tableReference)) {
      if (owners.has(table)) note(table, owners.get(table), 'SQL');
    }
    for (const [entity, { table, owner }] of entities) {
      if (new RegExp(`[(,]\\s*${entity}\\s*[,)]`).test(text)) note(table, owner, `entity ${entity}`);
    }
  }
  return found;
}

export function readTableOwners(source = apiSource) {
  const files = read(source);
  const ownership = tableOwners(files);
  const uses = foreignUses(files, ownership);
  return {
    unowned: [...ownership.created].filter((table) => !ownership.owners.has(table)).sort(),
    staleOwners: Object.keys(ownersWithoutEntity)
      .filter((table) => !ownership.created.has(table) || !existsSync(join(source, ownersWithoutEntity[table])))
      .sort(),
    foreign: uses
      .filter((use) => !allowances.some((allowance) => allowance.matches(use)))
      .map((use) => `${use.file} uses ${use.table} (${use.owner}'s) by ${use.how}`),
    unusedAllowances: allowances.filter((allowance) => !uses.some((use) => allowance.matches(use))).map((allowance) => allowance.reason),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--source');
  const source = at > 0 ? resolve(process.argv[at + 1]) : apiSource;
  process.stdout.write(JSON.stringify(readTableOwners(source), null, 2) + '\n');
}
