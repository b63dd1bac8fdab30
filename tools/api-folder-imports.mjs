#!/usr/bin/env node
// The imports between apps/api/src's top-level folders, read from the source: the one place that
// the two-way-import test (tests/boundaries) and `npm run graph:deps` (docs/dependencies.md) take
// them from. Run directly, it prints { imports, twoWay } as JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiSource = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'api', 'src');

/**
 * Imports that do not make one capability depend on another, each with its reason. The test
 * checks every one still matches an import, so the list cannot go stale.
 */
export const exceptions = [
  {
    reason: 'the entity registry lists every capability’s tables for TypeORM',
    matches: (edge) => edge.file === 'database/entities.ts',
  },
  {
    reason:
      'the request edge every resolver and service uses (the actor, @Allow, @CurrentActor, the request), a layer kept in auth/ until auth’s rework lands',
    matches: (edge) => ['auth/actor', 'auth/allow.decorator', 'auth/current-actor.decorator', 'auth/request-context'].includes(edge.target),
  },
  {
    reason: 'the request-scoped member loader lives with the other GraphQL request plumbing in common/graphql',
    matches: (edge) => edge.file === 'common/graphql/member-loader.ts',
  },
];

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/g;

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function folderOf(path) {
  const parts = path.split('/');
  return parts.length > 1 ? parts[0] : '(root)';
}

/** Every import of one folder's code by another's, as { from, to, file, target }, paths relative to apps/api/src. */
export function folderImports({ includeSpecs = false } = {}) {
  const found = [];
  for (const path of sourceFiles(apiSource)) {
    if (!includeSpecs && path.endsWith('.spec.ts')) continue;
    const file = relative(apiSource, path).split(sep).join('/');
    for (const match of readFileSync(path, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith('.')) continue;
      const absolute = resolve(dirname(path), specifier);
      if (!absolute.startsWith(apiSource + sep)) continue;
      const target = relative(apiSource, absolute).split(sep).join('/');
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) found.push({ from, to, file, target });
    }
  }
  return found;
}

/** The imports that make one capability depend on another: all but the listed exceptions. */
export function capabilityImports(imports) {
  return imports.filter((edge) => !exceptions.some((exception) => exception.matches(edge)));
}

/** Folder pairs that import each other, each with the imports on both sides. */
export function twoWayImports(imports) {
  const pairs = {};
  for (const edge of imports) {
    if (!imports.some((back) => back.from === edge.to && back.to === edge.from)) continue;
    const key = [edge.from, edge.to].sort().join(' <-> ');
    (pairs[key] ??= []).push(`${edge.file} -> ${edge.target}`);
  }
  return pairs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const imports = folderImports();
  const unused = exceptions.filter((exception) => !imports.some((edge) => exception.matches(edge))).map((exception) => exception.reason);
  process.stdout.write(JSON.stringify({ twoWay: twoWayImports(capabilityImports(imports)), unusedExceptions: unused }, null, 2) + '\n');
}
